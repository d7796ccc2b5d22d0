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
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The key that seals documents. It comes from configuration ({@code TRUSTMARK_CRYPTO_KEY}) and is never
 * stored in the database, so a copy of the database alone reveals no image. In demo mode, when no key
 * is configured, one is generated once under the data directory so that the demo survives restarts.
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

    @Inject
    @ConfigProperty(name = "trustmark.demo", defaultValue = "false")
    boolean demo;

    @Inject
    @ConfigProperty(name = "trustmark.data.dir", defaultValue = "./data")
    String dataDir;

    private AesGcm current;

    @PostConstruct
    void init() {
        if (configuredKey.isPresent()) {
            current = AesGcm.fromBase64(keyId, configuredKey.get().strip());
        } else if (demo) {
            current = AesGcm.fromBase64("demo", demoKey());
        } else {
            LOG.severe("No document key configured (trustmark.crypto.key): identity documents cannot be accepted");
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
        var key = current();
        if (!key.keyId().equals(id)) {
            throw new IllegalStateException("Document sealed with key '" + id + "', which is not configured");
        }
        return key;
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
