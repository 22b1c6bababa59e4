package org.gongkai.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.gongkai.server.store.Database;
import org.gongkai.server.store.DatabaseSettings;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

class RoleMigrationTests {

    @Test
    void eachFormerClerkBecomesRegistrarAndHandlerAndKeepsItsOtherRoles() {
        String url = "jdbc:h2:mem:roles" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";
        Flyway before = Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").target("100").load();
        before.migrate();
        JdbcClient jdbc = JdbcClient.create(before.getConfiguration().getDataSource());
        jdbc.sql("insert into agency (code, name) values ('TEST-A', '测试市人民政府办公室')").update();
        for (String user : new String[] {"clerk", "head", "editor"}) {
            jdbc.sql("insert into app_user (username, display_name, agency) values (?, ?, 'TEST-A')")
                    .params(user, user).update();
        }
        for (String[] row : new String[][] {{"clerk", "CLERK"}, {"head", "CLERK"}, {"head", "APPROVER"},
            {"editor", "PUBLISHER"}}) {
            jdbc.sql("insert into user_role (username, role) values (?, ?)").params(row[0], row[1]).update();
        }

        try (Database db = Database.open(new DatabaseSettings(url, "sa", "", 2))) {
            UserRepository users = new UserRepository(db.jdbc());
            assertThat(users.actor("clerk").orElseThrow().roles()).containsExactlyInAnyOrder(Role.REGISTRAR, Role.HANDLER);
            assertThat(users.actor("head").orElseThrow().roles())
                    .containsExactlyInAnyOrder(Role.REGISTRAR, Role.HANDLER, Role.APPROVER);
            assertThat(users.actor("editor").orElseThrow().roles()).containsExactly(Role.PUBLISHER);
            assertThat(db.jdbc().sql("select count(*) from user_role where role = 'CLERK'").query(Integer.class).single())
                    .isZero();
        }
    }
}
