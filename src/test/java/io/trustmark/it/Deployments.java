package io.trustmark.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
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
        var archive = ShrinkWrap.createFromZipFile(WebArchive.class, war);
        // ocr: machine reading runs where a test asks for it (DocumentLifecycleIT); elsewhere a submission must not
        // wait for a card to be read.
        var config = "/WEB-INF/classes/META-INF/microprofile-config.properties";
        try (var in = archive.get(config).getAsset().openStream()) {
            var text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            archive.delete(config);
            archive.add(
                    new org.jboss.shrinkwrap.api.asset.StringAsset(text + "\ntrustmark.ocr.enabled=false\n"), config);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return archive;
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
