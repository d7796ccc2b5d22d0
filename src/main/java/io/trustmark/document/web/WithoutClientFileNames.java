package io.trustmark.document.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;

/**
 * A multipart request whose file parts all carry the same neutral name, {@value #NAME}. The intake decides from
 * the bytes alone and never uses the name a browser sends; PrimeFaces' file upload, however, judges that name
 * against the rules of the server's file system and refuses in its own English words ("Invalid Linux filename")
 * a perfectly good photo named {@code 12:30 (1).jpg}, {@code บัตร.jpg} or {@code ../../x.jpg}. With the name
 * replaced before any component sees it, only the intake's reasons in the member's language remain.
 */
final class WithoutClientFileNames extends HttpServletRequestWrapper {

    /** What every uploaded file is called inside the application. */
    static final String NAME = "upload";

    WithoutClientFileNames(HttpServletRequest request) {
        super(request);
    }

    @Override
    public Collection<Part> getParts() throws IOException, ServletException {
        return super.getParts().stream().map(WithoutClientFileNames::neutral).toList();
    }

    @Override
    public Part getPart(String name) throws IOException, ServletException {
        var part = super.getPart(name);
        return part == null ? null : neutral(part);
    }

    /** The part with a neutral file name if it is a file (it has a name, even an empty one: "no file chosen"). */
    static Part neutral(Part part) {
        var submitted = part.getSubmittedFileName();
        return submitted == null ? part : new NeutralPart(part, submitted.isEmpty() ? "" : NAME);
    }

    private record NeutralPart(Part part, String fileName) implements Part {

        @Override
        public String getSubmittedFileName() {
            return fileName;
        }

        @Override
        public String getHeader(String name) {
            // The Content-Disposition header repeats the client's name; what is left of it names only the field.
            return "content-disposition".equalsIgnoreCase(name) ? disposition() : part.getHeader(name);
        }

        @Override
        public Collection<String> getHeaders(String name) {
            return "content-disposition".equalsIgnoreCase(name)
                    ? java.util.List.of(disposition())
                    : part.getHeaders(name);
        }

        private String disposition() {
            return "form-data; name=\"" + part.getName().replace("\"", "") + "\""
                    + (fileName.isEmpty() ? "; filename=\"\"" : "; filename=\"" + fileName + "\"");
        }

        @Override
        public InputStream getInputStream() throws IOException {
            return part.getInputStream();
        }

        @Override
        public String getContentType() {
            return part.getContentType();
        }

        @Override
        public String getName() {
            return part.getName();
        }

        @Override
        public long getSize() {
            return part.getSize();
        }

        @Override
        public void write(String fileName) throws IOException {
            part.write(fileName);
        }

        @Override
        public void delete() throws IOException {
            part.delete();
        }

        @Override
        public Collection<String> getHeaderNames() {
            return part.getHeaderNames();
        }
    }
}
