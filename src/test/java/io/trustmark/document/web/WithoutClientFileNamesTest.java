package io.trustmark.document.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.lang.reflect.Proxy;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** No component ever sees the name a browser gave a file: names PrimeFaces would refuse reach it neutral. */
class WithoutClientFileNamesTest {

    @ParameterizedTest
    @ValueSource(
            strings = {"my photo (1).JPG", "บัตร.jpg", "../../x.jpg", "12:30 \"card\" <1>?.jpg", "CON", "a\u0000b"})
    void everyFileIsCalledTheSameNeutralName(String clientName) throws Exception {
        var request = new WithoutClientFileNames(request(part("verify:photo", clientName), part("verify", null)));

        var parts = List.copyOf(request.getParts());

        assertEquals(WithoutClientFileNames.NAME, parts.get(0).getSubmittedFileName());
        assertEquals("verify:photo", parts.get(0).getName());
        assertFalse(parts.get(0).getHeader("Content-Disposition").contains(clientName));
        assertEquals(
                WithoutClientFileNames.NAME, request.getPart("verify:photo").getSubmittedFileName());
        assertNull(parts.get(1).getSubmittedFileName(), "an ordinary field stays a field");
    }

    @ParameterizedTest
    @ValueSource(strings = {""})
    void noFileChosenStaysNoFile(String clientName) throws Exception {
        var request = new WithoutClientFileNames(request(part("verify:photo", clientName)));
        assertEquals("", request.getPart("verify:photo").getSubmittedFileName());
    }

    private static Part part(String field, String fileName) {
        return (Part) Proxy.newProxyInstance(
                getLoader(), new Class<?>[] {Part.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getName" -> field;
                    case "getSubmittedFileName" -> fileName;
                    case "getHeader" -> "form-data; name=\"" + field + "\"; filename=\"" + fileName + "\"";
                    case "getSize" -> 0L;
                    default -> null;
                });
    }

    private static HttpServletRequest request(Part... parts) {
        return (HttpServletRequest) Proxy.newProxyInstance(
                getLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getParts" -> List.of(parts);
                    case "getPart" ->
                        List.of(parts).stream()
                                .filter(p -> p.getName().equals(args[0]))
                                .findFirst()
                                .orElse(null);
                    default -> null;
                });
    }

    private static ClassLoader getLoader() {
        return WithoutClientFileNamesTest.class.getClassLoader();
    }
}
