package io.trustmark.platform.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

class PersonalDataRedactorTest {

    @Test
    void masksIdNumbersAsStoredPrintedAndInThaiDigits() {
        assertEquals(
                "Key (nationality, id_number)=(THA, [id-number]) already exists.",
                PersonalDataRedactor.redact("Key (nationality, id_number)=(THA, 3100600445635) already exists."));
        assertEquals("card [id-number] read", PersonalDataRedactor.redact("card 3 1006 00445 63 5 read"));
        assertEquals("card [id-number] read", PersonalDataRedactor.redact("card 3-1006-00445-63-5 read"));
        assertEquals("[id-number]", PersonalDataRedactor.redact("๓๑๐๐๖๐๐๔๔๕๖๓๕"));
    }

    @Test
    void masksEmailAddressesAndThaiShapedPassportNumbers() {
        assertEquals(
                "Mail to [e-mail] refused",
                PersonalDataRedactor.redact("Mail to somchai.k+forum@mail.example.co.th refused"));
        assertEquals("550 5.1.1 <[e-mail]>: unknown", PersonalDataRedactor.redact("550 5.1.1 <x@y.example>: unknown"));
        assertEquals("passport [passport] checked", PersonalDataRedactor.redact("passport AA1234567 checked"));
    }

    @Test
    void leavesOrdinaryTextAloneAndReturnsTheSameInstance() {
        var text =
                "Mail 12 not delivered (SMTPSendFailedException); request 250, 12 digits 310060044563, 14 digits 31006004456351";
        assertSame(text, PersonalDataRedactor.redact(text));
        assertNull(PersonalDataRedactor.redact((String) null));
    }

    @Test
    void masksEveryMessageOfAnExceptionChainAndKeepsTheStackTrace() {
        var cause =
                new SQLIntegrityConstraintViolationException("Unique index violation: VALUES ('THA', '3100600445635')");
        var thrown = new IllegalStateException("sign-up of a@b.example failed", cause);
        thrown.addSuppressed(new RuntimeException("also 1101700000028"));

        var redacted = PersonalDataRedactor.redact(thrown);

        var printed = new StringWriter();
        redacted.printStackTrace(new PrintWriter(printed));
        var text = printed.toString();
        assertFalse(
                text.contains("3100600445635") || text.contains("a@b.example") || text.contains("1101700000028"), text);
        assertTrue(text.startsWith("java.lang.IllegalStateException: sign-up of [e-mail] failed"), text);
        assertTrue(
                text.contains(
                        "Caused by: java.sql.SQLIntegrityConstraintViolationException: Unique index violation: VALUES ('THA', '[id-number]')"),
                text);
        assertTrue(text.contains("Suppressed: java.lang.RuntimeException: also [id-number]"), text);
        assertEquals(thrown.getStackTrace()[0], redacted.getStackTrace()[0]);
    }

    @Test
    void anExceptionWithoutPersonalDataIsLoggedAsItIs() {
        var thrown = new IllegalStateException("No request 250");
        assertSame(thrown, PersonalDataRedactor.redact(thrown));
    }

    @Test
    void theFilterMasksMessageParametersAndExceptionThenAsksThePreviousFilter() {
        var record = new LogRecord(Level.WARNING, "Sign-up of {0} with {1} failed ({2})");
        record.setParameters(new Object[] {"a@b.example", new StringBuilder("3100600445635"), 3100600445635L, 250L});
        record.setThrown(new RuntimeException("duplicate 3100600445635"));

        var previousAsked = new boolean[1];
        boolean loggable = new RedactingFilter(r -> previousAsked[0] = true).isLoggable(record);

        assertTrue(loggable && previousAsked[0]);
        assertEquals("[e-mail]", record.getParameters()[0]);
        assertEquals("[id-number]", record.getParameters()[1]);
        assertEquals("[id-number]", record.getParameters()[2], "MessageFormat would print it as 3,100,600,445,635");
        assertEquals(250L, record.getParameters()[3], "other values keep their type");
        assertInstanceOf(PersonalDataRedactor.RedactedThrowable.class, record.getThrown());
        assertEquals(
                "java.lang.RuntimeException: duplicate [id-number]",
                record.getThrown().toString());
    }
}
