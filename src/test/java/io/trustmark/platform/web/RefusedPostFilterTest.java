package io.trustmark.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import jakarta.faces.FacesException;
import jakarta.servlet.ServletException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.primefaces.csp.CspException;

class RefusedPostFilterTest {

    @Test
    void aMissingNonceIsFoundHoweverFacesAndTheContainerWrapIt() {
        var refusal = new CspException("Missing CSP nonce");
        assertSame(refusal, RefusedPostFilter.cspRefusal(new ServletException("x", refusal)));
        assertSame(refusal, RefusedPostFilter.cspRefusal(new ServletException(new FacesException(refusal))));
        assertSame(refusal, RefusedPostFilter.cspRefusal(refusal));
    }

    @Test
    void otherFailuresStayFailures() {
        assertNull(RefusedPostFilter.cspRefusal(new ServletException(new IllegalStateException("bug"))));
        assertNull(RefusedPostFilter.cspRefusal(new FacesException("bug")));
    }

    @Test
    void anErrorPageSeesAGetWithoutTheRefusedFormsParameters() {
        var post = FakeHttp.request("POST", Map.of());
        var asGet = new RefusedPostFilter.AsGet(post);
        assertEquals("GET", asGet.getMethod());
        assertNull(asGet.getParameter("jakarta.faces.ViewState"));
        assertEquals(Map.of(), asGet.getParameterMap());
        assertNull(asGet.getParameterValues("primefaces.nonce"));
    }
}
