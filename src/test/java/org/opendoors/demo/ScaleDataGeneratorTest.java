package org.opendoors.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opendoors.SpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The scale data generator, at a thousandth of its volumes, in a database of its own so other tests never see its rows. */
class ScaleDataGeneratorTest extends SpringTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    PasswordEncoder passwords;

    JdbcTemplate scratch;

    @BeforeEach
    void anEmptyMigratedDatabase() throws SQLException {
        new JdbcTemplate(dataSource).execute("create or replace database scale_test character set utf8mb4");
        HikariDataSource app = dataSource.unwrap(HikariDataSource.class);
        DataSource db = new DriverManagerDataSource(app.getJdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/scale_test$1"),
                app.getUsername(), app.getPassword());
        Flyway.configure().dataSource(db).locations("classpath:db/migration").load().migrate();
        scratch = new JdbcTemplate(db);
    }

    @AfterEach
    void dropIt() {
        new JdbcTemplate(dataSource).execute("drop database scale_test");
    }

    @Test
    void it_fills_every_list_with_made_up_mixed_rows_over_three_years_and_refuses_a_second_run() {
        ScaleDataGenerator generator = new ScaleDataGenerator(scratch, passwords);
        ScaleVolumes volumes = ScaleVolumes.scaled(0.001, name -> switch (name) {
            case "contracts" -> 4;
            case "plans" -> 2;
            case "recommendations" -> 12;
            default -> null;
        });
        Map<String, Long> rows = generator.generate(volumes).rowsByTable();

        assertThat(rows).containsEntry("organisation", 100L).containsEntry("contact", 150L).containsEntry("offer", 1_000L)
                .containsEntry("delivery", 200L).containsEntry("place_request", 100L).containsEntry("placement", 100L)
                .containsEntry("sustainment_check", 300L).containsEntry("engagement_event", 2L)
                .containsEntry("event_signup", 1_000L).containsEntry("contract", 4L).containsEntry("activity", 1_000L)
                .containsEntry("outbound_email", 1_000L).containsEntry("offer_aud", 1_000L).containsKey("kpi_return");
        assertThat(rows.get("kpi_return")).isPositive();
        assertThat(count("select count(*) from audit_revision where username = 'scale-generator'")).isEqualTo(volumes.revisions());

        // young people only as references; people and organisations made up, on .example domains
        assertThat(count("select count(*) from place_request where young_person_ref not regexp '^YP-[0-9]{5}$'")).isZero();
        assertThat(count("select count(*) from placement where young_person_ref not regexp '^YP-[0-9]{5}$'")).isZero();
        for (String column : new String[] {"contact.email", "event_signup.email", "user_account.email", "outbound_email.recipient"}) {
            String[] tableAndColumn = column.split("\\.");
            assertThat(count("select count(*) from " + tableAndColumn[0] + " where " + tableAndColumn[1] + " not like '%.example'"))
                    .as(column).isZero();
        }
        // the catalogues' types and areas, mixed statuses, dates over three years
        assertThat(count("select count(distinct offer_type_id) from offer")).isEqualTo(count("select count(*) from offer_type"));
        assertThat(count("select count(distinct area) from organisation")).isEqualTo(count("select count(*) from area"));
        assertThat(count("select count(distinct status) from offer")).isEqualTo(3);
        assertThat(count("select count(distinct status) from organisation")).isEqualTo(4);
        assertThat(count("select datediff(max(created_at), min(created_at)) from offer")).isGreaterThan(900);
        assertThat(count("select count(*) from board_entry")).isPositive();
        // strategy: two plans of six recommendations, each with a narrative measure and two in three with a live one
        // (two milestones); a round every six months since each plan was agreed, with an entry per recommendation
        assertThat(rows).containsEntry("action_plan", 2L).containsEntry("recommendation", 12L)
                .containsEntry("success_measure", 20L).containsEntry("milestone", 16L);
        assertThat(rows.get("progress_round")).isGreaterThan(2);
        assertThat(rows.get("progress_entry")).isEqualTo(count(
                "select count(*) from progress_round r join recommendation c on c.plan_id = r.plan_id"));
        assertThat(count("select count(*) from progress_round where status = 'DRAFT'")).isPositive();
        assertThat(count("select count(distinct figure_key) from success_measure")).isEqualTo(5);

        assertThatThrownBy(() -> generator.generate(volumes)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("already holds generated data");
        assertThat(count("select count(*) from offer")).isEqualTo(1_000);
    }

    @Test
    void every_foreign_key_holds_and_the_read_models_equal_their_definitions_though_keys_went_unchecked_while_writing() {
        ScaleDataGenerator.Report report = new ScaleDataGenerator(scratch, passwords)
                .generate(ScaleVolumes.scaled(0.002, name -> "contracts".equals(name) ? 4 : null));

        assertThat(report.secondsByTable()).containsKeys("organisation", "offer", "event_signup", "offer_aud");
        assertThat(report.summary()).containsPattern("\n  offer +2,000 +[0-9.]+\n");
        for (Map<String, Object> key : scratch.queryForList("""
                select table_name, column_name, referenced_table_name, referenced_column_name
                from information_schema.key_column_usage where table_schema = database() and referenced_table_name is not null""")) {
            String dangling = "select count(*) from %s c left join %s p on p.%s = c.%s where c.%4$s is not null and p.%3$s is null"
                    .formatted(key.get("table_name"), key.get("referenced_table_name"), key.get("referenced_column_name"),
                            key.get("column_name"));
            assertThat(count(dangling)).as(dangling).isZero();
        }
        // what the triggers wrote is what V31, V32 and V37 select when they fill the read model from scratch
        assertSameRows("board_entry", """
                select o.id, o.organisation_id, coalesce(o.starts_on, '9999-12-31'),
                       if(o.timing = 'ON_DATE', coalesce(o.starts_on, '0001-01-01'), '9999-12-31'), o.offer_type_id, o.sector, o.area, o.mode
                from offer o join organisation org on org.id = o.organisation_id
                where o.status = 'OPEN' and (org.pledge_in_force or org.vetted_at is not null) and org.merged_into is null
                  and org.possible_duplicate_of is null""",
                "select offer_id, organisation_id, board_sort, board_until, offer_type_id, sector, area, mode from board_entry");
        assertSameRows("wall_entry", """
                select p.id as pledge_id, o.id as organisation_id, o.name, o.sector, o.area
                from pledge p join organisation o on o.id = p.organisation_id
                where p.status in ('APPROVED', 'RENEWED') and o.wall_consent and o.merged_into is null""",
                "select pledge_id, organisation_id, name, sector, area from wall_entry");
        assertSameRows("offer_month", """
                select date_format(created_at, '%Y-%m-01'), status, coalesce(area, ''), coalesce(sector, ''), offer_type_id, count(*)
                from offer group by 1, 2, 3, 4, 5""",
                "select month, status, area, sector, offer_type_id, offers from offer_month where offers > 0");
    }

    private void assertSameRows(String readModel, String definition, String readModelRows) {
        assertThat(count("select count(*) from (" + readModelRows + ") r")).as(readModel).isPositive();
        assertThat(count("select count(*) from ((" + definition + ") except all (" + readModelRows + ")) missing"))
                .as(readModel + " rows missing").isZero();
        assertThat(count("select count(*) from ((" + readModelRows + ") except all (" + definition + ")) extra"))
                .as(readModel + " rows extra").isZero();
    }

    private long count(String sql) {
        return scratch.queryForObject(sql, Long.class);
    }
}
