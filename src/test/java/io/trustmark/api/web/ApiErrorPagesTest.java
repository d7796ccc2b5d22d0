package io.trustmark.api.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ApiErrorPagesTest {

    @ParameterizedTest
    @ValueSource(strings = {"/api", "/api/", "/api/v1/members/malee", "/openapi", "/openapi/", "/openapi/ui"})
    void programsGetProblemDocuments(String path) {
        assertTrue(ApiErrorPages.isMachineFacing(path), path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/", "/apis", "/api-docs", "/openapix", "/member/status", "/forum/api/x", "/admin"})
    void peopleGetThePages(String path) {
        assertFalse(ApiErrorPages.isMachineFacing(path), path);
    }
}
