package io.trustmark.api.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.trustmark.account.domain.Tier;
import io.trustmark.api.application.PublicMember;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI contract partners generate clients from ({@code META-INF/openapi.yaml}, served as written) against the
 * code that answers: the same paths and methods, parameters, fields and tier values. MemberApiIT checks the answers
 * themselves through a generated client.
 */
class ApiContractTest {

    private static final JsonNode CONTRACT = read("src/main/resources/META-INF/openapi.yaml");

    @Test
    void theContractHasExactlyThePathsAndParametersTheResourceServes() {
        var served = new TreeMap<String, Set<String>>();
        var root =
                "/" + ApiApplication.class.getAnnotation(ApplicationPath.class).value() + "/"
                        + MembersResource.class.getAnnotation(Path.class).value();
        for (Method method : MembersResource.class.getDeclaredMethods()) {
            if (method.isAnnotationPresent(GET.class)) {
                var sub = method.getAnnotation(Path.class);
                served.put("get " + root + (sub == null ? "" : "/" + sub.value()), parameters(method));
            }
        }

        var described = new TreeMap<String, Set<String>>();
        var server = CONTRACT.path("servers").path(0).path("url").asText();
        CONTRACT.path("paths")
                .fields()
                .forEachRemaining(path -> path.getValue()
                        .fields()
                        .forEachRemaining(operation -> described.put(
                                operation.getKey() + " " + server + path.getKey(),
                                names(operation.getValue().path("parameters"), "path", "query"))));

        assertEquals(served, described);
    }

    @Test
    void theSchemasHaveExactlyTheFieldsTheAnswersHave() {
        var schemas = CONTRACT.path("components").path("schemas");

        assertEquals(
                components(PublicMember.class),
                fieldNames(schemas.path("Member").path("properties")));
        assertEquals(
                components(MembersResource.Batch.class),
                fieldNames(schemas.path("MemberBatch").path("properties")));
        assertEquals(
                fieldNames(schemas.path("Member").path("properties")),
                elements(schemas.path("Member").path("required")));
        assertEquals(
                Arrays.stream(Tier.values()).map(Tier::name).toList(),
                StreamSupport.stream(schemas.path("Tier").path("enum").spliterator(), false)
                        .map(JsonNode::asText)
                        .toList());
    }

    @Test
    void everyErrorAnswerOfTheContractIsAProblemDocument() {
        var responses = CONTRACT.path("components").path("responses");
        var errors = new TreeSet<String>();
        CONTRACT.path("paths")
                .forEach(path -> path.forEach(operation -> operation
                        .path("responses")
                        .fields()
                        .forEachRemaining(response -> {
                            if (!response.getKey().matches("[23]\\d\\d")) {
                                var ref = response.getValue().path("$ref").asText();
                                var answer = ref.isEmpty()
                                        ? response.getValue()
                                        : responses.path(ref.substring(ref.lastIndexOf('/') + 1));
                                errors.add(response.getKey() + " "
                                        + answer.path("content").fieldNames().next() + " "
                                        + answer.path("content")
                                                .path(Problems.MEDIA_TYPE)
                                                .path("schema")
                                                .path("$ref")
                                                .asText());
                            }
                        })));

        assertEquals(
                Set.of("#/components/schemas/Problem"),
                errors.stream().map(e -> e.substring(e.lastIndexOf(' ') + 1)).collect(Collectors.toSet()),
                errors.toString());
        errors.forEach(e -> assertEquals(Problems.MEDIA_TYPE, e.split(" ")[1], e));
    }

    private static Set<String> parameters(Method method) {
        var names = new TreeSet<String>();
        for (var parameter : method.getParameters()) {
            var path = parameter.getAnnotation(PathParam.class);
            var query = parameter.getAnnotation(QueryParam.class);
            if (path != null) {
                names.add("path " + path.value());
            }
            if (query != null) {
                names.add("query " + query.value());
            }
        }
        return names;
    }

    private static Set<String> names(JsonNode parameters, String... locations) {
        var names = new TreeSet<String>();
        var wanted = List.of(locations);
        parameters.forEach(parameter -> {
            if (wanted.contains(parameter.path("in").asText())) {
                names.add(parameter.path("in").asText() + " "
                        + parameter.path("name").asText());
            }
        });
        return names;
    }

    private static List<String> components(Class<? extends Record> record) {
        return Arrays.stream(record.getRecordComponents())
                .map(RecordComponent::getName)
                .toList();
    }

    private static List<String> fieldNames(JsonNode object) {
        var names = new java.util.ArrayList<String>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> elements(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false)
                .map(JsonNode::asText)
                .toList();
    }

    private static JsonNode read(String file) {
        try {
            return new ObjectMapper(new YAMLFactory())
                    .readTree(java.nio.file.Path.of(file).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
