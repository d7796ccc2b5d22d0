/**
 * Cross-cutting technique only: persistence (data source, Flyway, clock), languages and bundle texts, Faces and
 * Servlet helpers, security headers, logging with personal data redacted, the audit log.
 * <p>
 * May depend on: no feature. Features plug into it (audit actions are enums of the features); it never names them.
 */
package io.trustmark.platform;
