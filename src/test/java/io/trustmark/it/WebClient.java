package io.trustmark.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small browser for black-box tests: keeps cookies, follows redirects, and submits Faces forms the
 * way a browser does (the form's hidden fields, including the view state, plus the fields and button
 * given). One instance is one person's session.
 */
public final class WebClient {

    private static final Pattern FORM =
            Pattern.compile("<form id=\"([^\"]+)\"[^>]*action=\"([^\"]+)\"[^>]*>(.*?)</form>", Pattern.DOTALL);
    private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]+|#\\d+|quot|amp|lt|gt|apos|nbsp);");
    private static final Pattern HIDDEN =
            Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\"[^>]*value=\"([^\"]*)\"");

    private final URI base;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http;
    private String acceptLanguage;

    public WebClient(URI base) {
        this.base = base;
        this.http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /** Sends this Accept-Language header with every request from now on, as a browser set to that language does. */
    public WebClient acceptLanguage(String header) {
        this.acceptLanguage = header;
        return this;
    }

    public record Page(int status, URI uri, String body, HttpResponse<byte[]> response) {

        public boolean contains(String text) {
            return body.contains(text);
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        /**
         * cluster: the page as if it had come from {@code node} (same host, so the cookies go with it), as when a
         * proxy sends the next request to another node: its forms post there.
         */
        public Page movedTo(URI node) {
            var there = node.resolve(
                    uri.getRawPath().substring(1) + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
            return new Page(status, there, body, response);
        }
    }

    /** GET, following redirects. */
    public Page get(String pathOrUrl) {
        return follow(send(HttpRequest.newBuilder(resolve(pathOrUrl)).GET(), HttpResponse.BodyHandlers.ofByteArray()));
    }

    /** GET without following redirects. */
    public HttpResponse<byte[]> getRaw(String pathOrUrl) {
        return send(HttpRequest.newBuilder(resolve(pathOrUrl)).GET(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Submits form {@code formId} of {@code page}; field names are given without the form prefix. */
    public Page submit(Page page, String formId, Map<String, String> fields, String button) {
        var form = form(page, formId);
        return follow(send(
                HttpRequest.newBuilder(form.action())
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(urlEncoded(params(form, formId, fields, button)))),
                HttpResponse.BodyHandlers.ofByteArray()));
    }

    /** Submits a multipart form with one file field. */
    public Page submitMultipart(
            Page page,
            String formId,
            Map<String, String> fields,
            String fileField,
            String fileName,
            String contentType,
            byte[] content,
            String button) {
        var form = form(page, formId);
        var boundary = "----trustmark" + UUID.randomUUID();
        var out = new ByteArrayOutputStream();
        params(form, formId, fields, button)
                .forEach((k, v) -> write(
                        out,
                        "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + k + "\"\r\n\r\n" + v
                                + "\r\n"));
        write(
                out,
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + formId + ":" + fileField
                        + "\"; filename=\"" + fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n");
        out.writeBytes(content);
        write(out, "\r\n--" + boundary + "--\r\n");
        return follow(send(
                HttpRequest.newBuilder(form.action())
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())),
                HttpResponse.BodyHandlers.ofByteArray()));
    }

    /**
     * What PrimeFaces' {@code p:fileUpload} (auto mode) sends when a file is chosen: an Ajax multipart POST
     * that executes only the upload component and renders {@code render}. Returns the partial response.
     */
    public Page ajaxUpload(
            Page page,
            String formId,
            String component,
            String render,
            String fileName,
            String contentType,
            byte[] content) {
        var form = form(page, formId);
        var clientId = formId + ":" + component;
        var params = new LinkedHashMap<String, String>();
        params.put(formId, formId);
        params.putAll(form.hidden());
        params.put("jakarta.faces.partial.ajax", "true");
        params.put("jakarta.faces.source", clientId);
        params.put("jakarta.faces.partial.execute", clientId);
        params.put("jakarta.faces.partial.render", formId + ":" + render);
        params.put(clientId + "_totalFilesCount", "1");
        var boundary = "----trustmark" + UUID.randomUUID();
        var out = new ByteArrayOutputStream();
        params.forEach((k, v) -> write(
                out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + k + "\"\r\n\r\n" + v + "\r\n"));
        // The advanced-mode upload names the file part after the component itself.
        write(
                out,
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + clientId + "\"; filename=\""
                        + fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n");
        out.writeBytes(content);
        write(out, "\r\n--" + boundary + "--\r\n");
        return follow(send(
                HttpRequest.newBuilder(form.action())
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .header("Faces-Request", "partial/ajax")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())),
                HttpResponse.BodyHandlers.ofByteArray()));
    }

    /**
     * A form POST in this session that is not followed, for tests that read its own headers or send
     * requests a plain submit does not (Ajax).
     */
    public HttpResponse<String> post(URI action, Map<String, String> params, Map<String, String> headers) {
        var request = HttpRequest.newBuilder(action)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(urlEncoded(params)));
        headers.forEach(request::header);
        return send(request, HttpResponse.BodyHandlers.ofString());
    }

    /**
     * A multipart POST of one file in this session with the headers given, not followed: for what no page's form
     * sends (an upload over the server's ceiling).
     */
    public HttpResponse<String> postFile(URI action, String field, byte[] content, Map<String, String> headers) {
        var boundary = "----trustmark" + UUID.randomUUID();
        var out = new ByteArrayOutputStream(content.length + 512);
        write(
                out,
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field
                        + "\"; filename=\"card.jpg\"\r\nContent-Type: image/jpeg\r\n\r\n");
        out.writeBytes(content);
        write(out, "\r\n--" + boundary + "--\r\n");
        var request = HttpRequest.newBuilder(action)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray()));
        headers.forEach(request::header);
        return send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A request in this session with the headers given, not followed: for the REST API and CORS preflights. */
    public HttpResponse<String> exchange(String method, String pathOrUrl, Map<String, String> headers) {
        var request = HttpRequest.newBuilder(resolve(pathOrUrl)).method(method, HttpRequest.BodyPublishers.noBody());
        headers.forEach(request::header);
        return send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A form of a page: where it posts to, and its hidden fields (the view state among them). */
    public record Form(URI action, Map<String, String> hidden) {}

    public Form form(Page page, String formId) {
        var matcher = FORM.matcher(page.body());
        while (matcher.find()) {
            if (matcher.group(1).equals(formId)) {
                var hidden = new LinkedHashMap<String, String>();
                var fields = HIDDEN.matcher(matcher.group(3));
                while (fields.find()) {
                    hidden.put(unescape(fields.group(1)), unescape(fields.group(2)));
                }
                return new Form(page.uri().resolve(unescape(matcher.group(2))), hidden);
            }
        }
        throw new AssertionError("No form '" + formId + "' on " + page.uri() + ":\n" + page.body());
    }

    /** What a browser sends for a submit: the form's name, its hidden fields, the fields given and the button. */
    private static Map<String, String> params(Form form, String formId, Map<String, String> fields, String button) {
        var params = new LinkedHashMap<String, String>();
        params.put(formId, formId);
        params.putAll(form.hidden());
        fields.forEach((name, value) -> params.put(formId + ":" + name, value));
        params.put(formId + ":" + button, "");
        return params;
    }

    private static String urlEncoded(Map<String, String> params) {
        var body = new StringBuilder();
        params.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&")
                .append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return body.toString();
    }

    /** Signs in through the real login page. */
    public Page login(String username, String password) {
        var page = get("account/login");
        return submit(page, "login", Map.of("username", username, "password", password), "submit");
    }

    public Page logout(Page anyPage) {
        return submit(anyPage, "signOut", Map.of(), "submit");
    }

    public URI base() {
        return base;
    }

    public CookieManager cookies() {
        return cookies;
    }

    private Page follow(HttpResponse<byte[]> response) {
        int hops = 0;
        while (response.statusCode() / 100 == 3 && hops++ < 10) {
            var location = response.headers().firstValue("Location").orElseThrow();
            response = send(
                    HttpRequest.newBuilder(response.uri().resolve(location)).GET(),
                    HttpResponse.BodyHandlers.ofByteArray());
        }
        return new Page(
                response.statusCode(), response.uri(), new String(response.body(), StandardCharsets.UTF_8), response);
    }

    private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
        if (acceptLanguage != null) {
            request.setHeader("Accept-Language", acceptLanguage);
        }
        try {
            return http.send(request.timeout(Duration.ofSeconds(60)).build(), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI resolve(String pathOrUrl) {
        return pathOrUrl.startsWith("http") ? URI.create(pathOrUrl) : base.resolve(pathOrUrl);
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Decodes the HTML character references Faces writes into attribute values and text. */
    public static String unescape(String html) {
        var matcher = ENTITY.matcher(html);
        var out = new StringBuilder();
        while (matcher.find()) {
            var entity = matcher.group(1);
            String replacement = switch (entity) {
                case "quot" -> "\"";
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "apos" -> "'";
                case "nbsp" -> "\u00A0";
                default ->
                    new String(Character.toChars(
                            entity.startsWith("#x")
                                    ? Integer.parseInt(entity.substring(2), 16)
                                    : Integer.parseInt(entity.substring(1))));
            };
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
