package no.mentorkit.platform.internal.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SchemaHeaderTest {

    @Test
    void theModuleAloneKeepsItsMigrationsWhereModulesAlwaysHad() {
        assertThat(SchemaHeader.parse(" registry ")).isEqualTo(new SchemaHeader("registry", "db/migration/registry"));
    }

    @Test
    void aFolderOfItsOwnIsRead() {
        assertThat(SchemaHeader.parse("registry; migrations=\"db/registry\""))
                .isEqualTo(new SchemaHeader("registry", "db/registry"));
    }

    @Test
    void anUnknownAttributeIsRefusedRatherThanIgnored() {
        assertThatThrownBy(() -> SchemaHeader.parse("registry;migration=db/registry"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("migration=db/registry");
    }
}
