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

    private static final Pattern FORM = Pattern.compile("<form id=\"([^\"]+)\"[^>]*action=\"([^\"]+)\"[^>]*>(.*?)</form>", Pattern.DOTALL);
    private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\"[^>]*value=\"([^\"]*)\"");

    private final URI base;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http;

    public WebClient(URI base) {
        this.base = base;
        this.http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    public record Page(int status, URI uri, String body, HttpResponse<byte[]> response) {

        public boolean contains(String text) {
            return body.contains(text);
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }
    }

    /** GET, following redirects. */
    public Page get(String pathOrUrl) {
        return follow(send(HttpRequest.newBuilder(resolve(pathOrUrl)).GET()));
    }

    /** GET without following redirects. */
    public HttpResponse<byte[]> getRaw(String pathOrUrl) {
        return send(HttpRequest.newBuilder(resolve(pathOrUrl)).GET());
    }

    /** Submits form {@code formId} of {@code page}; field names are given without the form prefix. */
    public Page submit(Page page, String formId, Map<String, String> fields, String button) {
        var form = form(page, formId);
        var params = new LinkedHashMap<String, String>();
        params.put(formId, formId);
        hidden(form.group(3)).forEach(params::put);
        fields.forEach((name, value) -> params.put(formId + ":" + name, value));
        params.put(formId + ":" + button, "");
        var body = new StringBuilder();
        params.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&")
                .append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return follow(send(HttpRequest.newBuilder(page.uri().resolve(unescape(form.group(2))))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))));
    }

    /** Submits a multipart form with one file field. */
    public Page submitMultipart(Page page, String formId, Map<String, String> fields, String fileField,
                                String fileName, String contentType, byte[] content, String button) {
        var form = form(page, formId);
        var boundary = "----trustmark" + UUID.randomUUID();
        var out = new ByteArrayOutputStream();
        var params = new LinkedHashMap<String, String>();
        params.put(formId, formId);
        hidden(form.group(3)).forEach(params::put);
        fields.forEach((name, value) -> params.put(formId + ":" + name, value));
        params.put(formId + ":" + button, "");
        params.forEach((k, v) -> write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + k + "\"\r\n\r\n" + v + "\r\n"));
        write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + formId + ":" + fileField
                + "\"; filename=\"" + fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n");
        out.writeBytes(content);
        write(out, "\r\n--" + boundary + "--\r\n");
        return follow(send(HttpRequest.newBuilder(page.uri().resolve(unescape(form.group(2))))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray()))));
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

    private Matcher form(Page page, String formId) {
        var matcher = FORM.matcher(page.body());
        while (matcher.find()) {
            if (matcher.group(1).equals(formId)) {
                return matcher;
            }
        }
        throw new AssertionError("No form '" + formId + "' on " + page.uri() + ":\n" + page.body());
    }

    private static Map<String, String> hidden(String formHtml) {
        var fields = new LinkedHashMap<String, String>();
        var matcher = HIDDEN.matcher(formHtml);
        while (matcher.find()) {
            fields.put(unescape(matcher.group(1)), unescape(matcher.group(2)));
        }
        return fields;
    }

    private Page follow(HttpResponse<byte[]> response) {
        int hops = 0;
        while (response.statusCode() / 100 == 3 && hops++ < 10) {
            var location = response.headers().firstValue("Location").orElseThrow();
            response = send(HttpRequest.newBuilder(response.uri().resolve(location)).GET());
        }
        return new Page(response.statusCode(), response.uri(), new String(response.body(), StandardCharsets.UTF_8), response);
    }

    private HttpResponse<byte[]> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
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

    private static String unescape(String html) {
        return html.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'");
    }
}
