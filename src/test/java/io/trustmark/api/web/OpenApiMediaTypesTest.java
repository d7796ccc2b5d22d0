package io.trustmark.api.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class OpenApiMediaTypesTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "application/yaml",
                "Application/YAML",
                "application/x-yaml",
                "text/yaml",
                "text/x-yaml; q=0.9",
                "application/yaml, text/plain;q=0.5",
                "text/html, application/yaml;q=0.8"
            })
    void yamlWithoutJsonIsHandedOnAsPayarasYaml(String accept) {
        assertTrue(OpenApiMediaTypes.wantsYaml(accept), accept);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(
            strings = {
                "",
                "*/*",
                "text/plain",
                "application/json",
                "application/json, application/yaml",
                "application/yaml-patch",
                "image/png"
            })
    void anythingElseIsLeftToPayara(String accept) {
        assertFalse(OpenApiMediaTypes.wantsYaml(accept), accept);
    }
}
