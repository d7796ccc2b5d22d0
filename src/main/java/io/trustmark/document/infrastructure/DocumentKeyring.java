package io.trustmark.document.infrastructure;

import io.trustmark.document.domain.AesGcm;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The keys that seal documents. They come from configuration and are never stored in the database, so a
 * copy of the database alone reveals no image. New documents are sealed under the current key
 * ({@code trustmark.crypto.key}, named by {@code trustmark.crypto.key-id}); earlier keys stay configured
 * in {@code trustmark.crypto.old-keys} so documents sealed under them still open until the key rotation
 * has resealed them. In demo mode, when no key is configured, one is generated once under the data
 * directory so that the demo survives restarts.
 */
@ApplicationScoped
public class DocumentKeyring {

    private static final Logger LOG = Logger.getLogger(DocumentKeyring.class.getName());

    @Inject
    @ConfigProperty(name = "trustmark.crypto.key")
    Optional<String> configuredKey;

    @Inject
    @ConfigProperty(name = "trustmark.crypto.key-id", defaultValue = "k1")
    String keyId;

    /** {@code id:base64,id:base64}; Base64 has neither ':' nor ','. */
    @Inject
    @ConfigProperty(name = "trustmark.crypto.old-keys")
    Optional<String> oldKeys;

    @Inject
    @ConfigProperty(name = "trustmark.demo", defaultValue = "false")
    boolean demo;

    @Inject
    @ConfigProperty(name = "trustmark.data.dir", defaultValue = "./data")
    String dataDir;

    private AesGcm current;
    private final Map<String, AesGcm> keys = new LinkedHashMap<>();

    @PostConstruct
    void init() {
        if (configuredKey.isPresent()) {
            current = AesGcm.fromBase64(keyId, configuredKey.get().strip());
        } else if (demo) {
            current = AesGcm.fromBase64("demo", demoKey());
        } else {
            LOG.severe("No document key configured (trustmark.crypto.key): identity documents cannot be accepted");
        }
        oldKeys.ifPresent(list -> {
            for (var entry : list.split(",")) {
                if (entry.isBlank()) {
                    continue;
                }
                var parts = entry.strip().split(":", 2);
                if (parts.length != 2 || parts[0].isBlank()) {
                    throw new IllegalArgumentException(
                            "trustmark.crypto.old-keys: expected id:base64 entries separated by commas");
                }
                keys.put(parts[0].strip(), AesGcm.fromBase64(parts[0].strip(), parts[1]));
            }
        });
        if (current != null) {
            // The current key wins should an old entry carry the same id.
            keys.put(current.keyId(), current);
        }
    }

    public boolean available() {
        return current != null;
    }

    /** The key new documents are sealed with. */
    public AesGcm current() {
        if (current == null) {
            throw new IllegalStateException("No document key configured (trustmark.crypto.key)");
        }
        return current;
    }

    /** The key a stored document was sealed with. */
    public AesGcm forKeyId(String id) {
        var key = keys.get(id);
        if (key == null) {
            throw new IllegalStateException("Document sealed with key '" + id + "', which is not configured");
        }
        return key;
    }

    /** The ids of every configured key, the current one included. */
    public Set<String> keyIds() {
        return Set.copyOf(keys.keySet());
    }

    private String demoKey() {
        var file = Path.of(dataDir, "demo-document.key");
        try {
            if (Files.notExists(file)) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, Base64.getEncoder().encodeToString(AesGcm.newKey()), StandardCharsets.US_ASCII);
                try {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException notPosix) {
                    // Windows: the file stays readable by its owner's group, acceptable for a demo key.
                }
                LOG.warning("Demo mode: generated a document key in " + file.toAbsolutePath());
            }
            return Files.readString(file, StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
