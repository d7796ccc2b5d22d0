package io.trustmark.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one archive builder for every integration test: the WAR that {@code package} built, exactly as it
 * ships. Tests drive it from outside over HTTP, so nothing test-only is added to it.
 */
public final class Deployments {

    private Deployments() {}

    public static WebArchive war() {
        var war = new File(System.getProperty("trustmark.it.war", "target/trustmark.war"));
        if (!war.isFile()) {
            throw new IllegalStateException(war + " is missing: integration tests run after 'package' (./mvnw verify)");
        }
        // Machine reading (tesseract) runs here as in production: found on the machine, it reads every upload.
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }

    /**
     * The WAR with {@code lines} ("key=value", one a line) after the shipped configuration: later lines of a
     * properties file win, so these replace the shipped defaults for a test that needs other ones (a retention of
     * zero days, a shorter wait).
     */
    public static WebArchive withConfig(String lines) {
        var config = "/WEB-INF/classes/META-INF/microprofile-config.properties";
        var war = war();
        String shipped;
        try (var in = war.get(config).getAsset().openStream()) {
            shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        war.delete(config);
        war.add(new StringAsset(shipped + "\n" + lines + "\n"), config);
        return war;
    }

    /**
     * The same WAR at the root context, where production serves it (config/payara-micro.sh): Payara Micro deploys an
     * archive named ROOT there, and only an application at the root runs Payara's {@code /openapi} inside itself
     * (elsewhere a separate system application answers it).
     */
    public static WebArchive atRoot() {
        return ShrinkWrap.create(WebArchive.class, "ROOT.war").merge(war());
    }
}
