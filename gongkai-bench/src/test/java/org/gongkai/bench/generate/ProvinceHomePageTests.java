package org.gongkai.bench.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gongkai.agency.Agency;
import org.gongkai.server.portal.AgencyTree;
import org.gongkai.server.portal.AgencyTree.Level;
import org.junit.jupiter.api.Test;

/** The portal home's agency directory over the benchmark's 10,000 generated agencies: every answer is a short list. */
class ProvinceHomePageTests {

    private static final List<Agency> AGENCIES = DatasetGenerator.generate(
            new GeneratorSettings(20251231L, 10_000, 0, 2023, 1)).agencies();

    @Test
    void theGeneratedProvinceHasDepartmentsCitiesDistrictsAndTowns() {
        AgencyTree directory = AgencyTree.of(AGENCIES);
        assertThat(AGENCIES).hasSize(10_000);
        assertThat(directory.roots()).extracting(l -> l.agency().name()).containsExactly("示例省人民政府办公厅");

        List<AgencyTree.Group> province = directory.under(DatasetGenerator.agencyCode(0));
        assertThat(province).extracting(AgencyTree.Group::level).containsExactly(Level.DEPARTMENT, Level.GOVERNMENT);
        assertThat(province.get(0).agencies()).hasSize(26).first().satisfies(l -> assertThat(l.agency().name()).isEqualTo("示例省教育厅"));
        assertThat(province.get(1).agencies()).hasSize(19);

        String city = province.get(1).agencies().get(0).agency().code();
        List<AgencyTree.Group> ofCity = directory.under(city);
        assertThat(ofCity).extracting(g -> g.agencies().size()).containsExactly(26, 12);
        String district = ofCity.get(1).agencies().get(0).agency().code();
        assertThat(directory.under(district)).extracting(AgencyTree.Group::level).containsExactly(Level.DEPARTMENT, Level.TOWN);
        assertThat(directory.above(district)).extracting(Agency::name).containsExactly("示例省人民政府办公厅", "示例省第1市人民政府");
    }

    @Test
    void aFilterListsAtMostFiftyOfTheManyMatchesAndCountsThemAll() {
        AgencyTree directory = AgencyTree.of(AGENCIES);
        long matching = AGENCIES.stream().filter(a -> a.name().contains("教育")).count();

        AgencyTree.Found found = directory.find("教育");

        assertThat(found.total()).isEqualTo((int) matching).isGreaterThan(200);
        assertThat(found.agencies()).hasSize(AgencyTree.FOUND_UP_TO)
                .allSatisfy(l -> assertThat(l.agency().name()).contains("教育"));
        assertThat(directory.find("第3市第2区第5街道").agencies()).extracting(l -> l.agency().name())
                .containsExactly("示例省第3市第2区第5街道办事处");
    }
}
