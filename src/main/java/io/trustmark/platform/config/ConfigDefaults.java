package io.trustmark.platform.config;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The configuration defaults outside the container, for a bean an evaluation or a benchmark makes itself
 * ({@code FaceAid.standalone}): read from {@code META-INF/microprofile-config.properties}, the one place a default
 * is written, so a tool measures what the application runs with and a changed default needs no second edit.
 */
public final class ConfigDefaults {

    static final String FILE = "META-INF/microprofile-config.properties";

    private ConfigDefaults() {}

    /**
     * Sets every {@code @ConfigProperty} field {@code bean}'s class declares to {@code overrides}' value for its key,
     * else the file's default.
     *
     * @throws IllegalStateException for a key the file does not hold, or a field type the tools never needed
     */
    public static <T> T fill(T bean, Map<String, String> overrides) {
        var defaults = defaults();
        for (Field field : bean.getClass().getDeclaredFields()) {
            var property = field.getAnnotation(ConfigProperty.class);
            if (property == null) {
                continue;
            }
            var value = overrides.getOrDefault(property.name(), defaults.getProperty(property.name()));
            if (value == null) {
                throw new IllegalStateException("No default for " + property.name() + " in " + FILE);
            }
            try {
                field.setAccessible(true);
                field.set(bean, convert(value.strip(), field.getType(), property.name()));
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        return bean;
    }

    /** The file's defaults as they ship: the application's own file, not one a library jar may carry too. */
    public static Properties defaults() {
        try {
            URL file = null;
            var own = ConfigDefaults.class.getProtectionDomain().getCodeSource();
            for (var found :
                    Collections.list(ConfigDefaults.class.getClassLoader().getResources(FILE))) {
                if (file == null
                        || own != null
                                && found.toString().contains(own.getLocation().getPath())) {
                    file = found;
                }
            }
            if (file == null) {
                throw new IllegalStateException(FILE + " is not on the class path");
            }
            try (var in = new InputStreamReader(file.openStream(), StandardCharsets.UTF_8)) {
                var properties = new Properties();
                properties.load(in);
                return properties;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object convert(String value, Class<?> type, String key) {
        if (type == String.class) {
            return value;
        } else if (type == int.class || type == Integer.class) {
            return Integer.valueOf(value);
        } else if (type == long.class || type == Long.class) {
            return Long.valueOf(value);
        } else if (type == double.class || type == Double.class) {
            return Double.valueOf(value);
        } else if (type == boolean.class || type == Boolean.class) {
            return Boolean.valueOf(value);
        }
        throw new IllegalStateException(
                key + ": a " + type.getSimpleName() + " field is not filled outside the container");
    }
}
