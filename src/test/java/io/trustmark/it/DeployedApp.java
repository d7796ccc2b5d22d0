package io.trustmark.it;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every integration test shares: the packaged WAR deployed to its own Payara Micro, driven from
 * outside at {@link #base}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class DeployedApp {

    @ArquillianResource
    URL base;

    /** {@code path} of the deployed application as an absolute URL, for a browser to open. */
    String url(String path) {
        try {
            return base.toURI().resolve(path).toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }
}
