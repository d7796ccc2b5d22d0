package io.trustmark.platform.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;

import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.inject.Inject;
import java.io.Serializable;
import org.junit.jupiter.api.Test;

/**
 * cluster: sessions move between nodes through Payara's Data Grid (web.xml {@code <distributable/>}), so a view- or
 * session-scoped bean is serialized on one node and read on another. CDI injects a bean once, when it is made, and
 * never after it is read back: an {@code @Inject} field marked {@code transient} would be null on the second node
 * (the wizard's next step answered 500 there). Injected services are CDI proxies, which are serializable.
 */
class SessionReplicationTest {

    @Test
    void injectedFieldsOfSerializableBeansAreNotTransient() {
        var classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.trustmark");
        fields().that()
                .areAnnotatedWith(Inject.class)
                .and()
                .areDeclaredInClassesThat()
                .areAssignableTo(Serializable.class)
                .and()
                .areDeclaredInClassesThat()
                .haveSimpleNameNotEndingWith("Servlet")
                .and()
                .areDeclaredInClassesThat()
                .haveSimpleNameNotEndingWith("Filter")
                .should()
                .notHaveModifier(JavaModifier.TRANSIENT)
                .because("a session moved to another node is not injected again")
                .check(classes);
    }
}
