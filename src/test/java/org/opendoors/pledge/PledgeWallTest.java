package org.opendoors.pledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.opendoors.base.csv.CsvRecords;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendoors.SpringTest;
import org.opendoors.TestEmployers;
import org.opendoors.base.SystemTask;
import org.opendoors.organisation.OrganisationProfile;
import org.opendoors.organisation.OrganisationService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Only organisations with a pledge in force that agreed to appear are on the wall and in the open data. */
class PledgeWallTest extends SpringTest {

    @Autowired
    TestEmployers employers;

    @Autowired
    PledgeWallService wall;

    @Autowired
    OrganisationService organisations;

    @Autowired
    PledgeService pledges;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    @Test
    void the_wall_shows_consenting_organisations_with_an_active_pledge_and_their_totals() throws Exception {
        String sector = "Wall sector " + System.nanoTime();
        TestEmployers.Employer shown = inSector(employers.register(true), sector);
        TestEmployers.Employer notConsenting = inSector(employers.register(false), sector);
        TestEmployers.Employer onlySubmitted = inSector(employers.register(true), sector);
        employers.approvedPledge(shown.organisationId(), 2);
        employers.approvedPledge(notConsenting.organisationId(), 3);
        employers.submittedPledge(onlySubmitted.organisationId(), 4);

        assertThat(wall.entries(sector, null, 0, 50)).extracting(WallEntry::organisation).containsExactly(shown.organisationName());
        assertThat(wall.totals(sector, null)).isEqualTo(new WallTotals(1, 6));
        assertThat(wall.entries(sector, "North", 0, 50)).isEmpty();

        String query = "?sector=" + URLEncoder.encode(sector, StandardCharsets.UTF_8);
        HttpResponse<String> json = get("/open-data/pledges.json" + query);
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.body()).contains("\"organisations\":1").contains(shown.organisationName())
                .doesNotContain(notConsenting.organisationName()).doesNotContain(onlySubmitted.organisationName());

        HttpResponse<String> csv = get("/open-data/pledges.csv" + query);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.body()).as("open data is read by programs: plain UTF-8 with no byte order mark")
                .startsWith("organisation,sector,area,pledged_on");
        var records = CsvRecords.readPlain(csv.body().getBytes(StandardCharsets.UTF_8));
        assertThat(records).extracting(r -> r.get("organisation")).containsExactly(shown.organisationName());
        assertThat(records.getFirst().get("opportunities_per_year")).isEqualTo("6");
    }

    @Test
    void an_organisation_named_like_a_formula_is_served_as_text_in_the_open_data_csv() throws Exception {
        String sector = "Formula sector " + System.nanoTime();
        String formula = "=HYPERLINK(\"http://evil.example/\",\"Claim your grant\")";
        TestEmployers.Employer employer = inSector(employers.register(true), sector, formula);
        employers.approvedPledge(employer.organisationId(), 1);

        HttpResponse<String> csv = get("/open-data/pledges.csv?sector=" + URLEncoder.encode(sector, StandardCharsets.UTF_8));
        var records = CsvRecords.readPlain(csv.body().getBytes(StandardCharsets.UTF_8));
        assertThat(records).extracting(r -> r.get("organisation")).containsExactly("'" + formula);
    }

    @Test
    void a_page_of_the_wall_holds_the_pledges_in_force_of_consenting_organisations_by_name_as_the_pledges_themselves_say() {
        String sector = "Order sector " + System.nanoTime();
        for (String name : List.of("Cedar Works", "Acorn Bakery", "Birch & Co", "acorn bakery")) {
            TestEmployers.Employer employer = inSector(employers.register(true), sector, name + " " + System.nanoTime());
            employers.approvedPledge(employer.organisationId(), 2);
        }
        employers.submittedPledge(inSector(employers.register(true), sector).organisationId(), 1);

        List<String> fromPledges = jdbc.queryForList("""
                select o.name from pledge p join organisation o on o.id = p.organisation_id
                where p.status in ('APPROVED', 'RENEWED') and o.wall_consent and o.merged_into is null and o.sector = ?
                order by o.name, p.id""", String.class, sector);
        assertThat(fromPledges).hasSize(4);
        assertThat(wall.entries(sector, null, 0, 50)).extracting(WallEntry::organisation).containsExactlyElementsOf(fromPledges);
        assertThat(wall.entries(sector, null, 1, 2)).extracting(WallEntry::organisation).containsExactlyElementsOf(fromPledges.subList(1, 3));
        assertThat(wall.count(sector, null)).isEqualTo(4);
        assertThat(wall.entries(sector, null, 0, 1).getFirst().commitments()).hasSize(2);
    }

    @Test
    void the_wall_follows_a_renamed_organisation_a_withdrawn_consent_and_a_pledge_that_ends() {
        String sector = "Changing sector " + System.nanoTime();
        TestEmployers.Employer renamed = inSector(employers.register(true), sector);
        TestEmployers.Employer withdrawn = inSector(employers.register(true), sector);
        Pledge ending = employers.approvedPledge(inSector(employers.register(true), sector).organisationId(), 1);
        employers.approvedPledge(renamed.organisationId(), 1);
        employers.approvedPledge(withdrawn.organisationId(), 1);
        assertThat(wall.count(sector, null)).isEqualTo(3);

        inSector(renamed, sector, "Renamed " + System.nanoTime());
        SystemTask.run(() -> {
            var organisation = organisations.find(withdrawn.organisationId()).orElseThrow();
            OrganisationProfile p = organisation.profile();
            organisations.updateProfile(organisation.getId(), organisation.getVersion(), new OrganisationProfile(p.name(), p.type(),
                    p.sector(), p.sizeBand(), p.postcode(), p.area(), p.website(), p.companiesHouseNumber(), p.contactConsent(), false));
            return pledges.withdraw(ending.getId(), pledges.find(ending.getId()).getVersion(), "Closing down");
        });

        assertThat(wall.entries(sector, null, 0, 50)).extracting(WallEntry::organisation)
                .containsExactly(SystemTask.run(() -> organisations.find(renamed.organisationId()).orElseThrow().getName()));
    }

    private TestEmployers.Employer inSector(TestEmployers.Employer employer, String sector) {
        return inSector(employer, sector, null);
    }

    private TestEmployers.Employer inSector(TestEmployers.Employer employer, String sector, String newName) {
        SystemTask.run(() -> {
            var organisation = organisations.find(employer.organisationId()).orElseThrow();
            OrganisationProfile p = organisation.profile();
            organisations.updateProfile(organisation.getId(), organisation.getVersion(), new OrganisationProfile(
                    newName == null ? p.name() : newName,
                    p.type(), sector, p.sizeBand(), p.postcode(), p.area(), p.website(), p.companiesHouseNumber(),
                    p.contactConsent(), p.wallConsent()));
        });
        return employer;
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
