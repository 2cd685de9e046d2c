package org.consortium.hub.policies.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PolicyTemplatesTest {

    @Test
    void everyTemplateLoadsAndRoundTrips() {
        assertThat(PolicyTemplates.names()).hasSize(3);
        for (String name : PolicyTemplates.names()) {
            SharingPolicy p = PolicyTemplates.load(name);
            assertThat(p.policyId()).isEqualTo(name);
            assertThat(p.version()).isEqualTo(1);
            assertThat(PolicyParser.parse(PolicyWriter.toYaml(p)).orElseThrow()).isEqualTo(p);
            assertThat(ConstraintRegistry.standard().unknownConstraints(p)).as(name).isEmpty();
        }
    }

    @Test
    void membersMarketingMonthlyDepartment() {
        SharingPolicy p = PolicyTemplates.load("members-marketing-monthly-department");
        assertThat(p.audience().allMembers()).isTrue();
        assertThat(p.purposes()).containsExactlyInAnyOrder(Purpose.MARKETING, Purpose.PROGRAMMING);
        assertThat(p.finestGranularity()).isEqualTo(new Granularity(TimeGranularity.MONTH, PlaceGranularity.DEPARTMENT));
        assertThat(p.licence()).isEqualTo(OutputLicence.CONSORTIUM_ONLY);
    }

    @Test
    void publicOpenDataYearlyRegion() {
        SharingPolicy p = PolicyTemplates.load("public-open-data-yearly-region");
        assertThat(p.audience().publicAccess()).isTrue();
        assertThat(p.finestGranularity()).isEqualTo(new Granularity(TimeGranularity.YEAR, PlaceGranularity.REGION));
        assertThat(p.licence()).isEqualTo(OutputLicence.LICENCE_OUVERTE_2_0);
        assertThat(p.embargoDays()).isPositive();
    }

    @Test
    void researchUnderAgreement() {
        SharingPolicy p = PolicyTemplates.load("research-under-agreement");
        assertThat(p.purposes()).containsExactly(Purpose.RESEARCH);
        assertThat(p.audience().organisations()).isNotEmpty();
        assertThat(p.audience().roles()).contains("researcher");
        assertThat(p.audience().allMembers()).isFalse();
    }

    @Test
    void unknownTemplateName() {
        assertThat(PolicyTemplates.find("nope")).isEmpty();
        assertThatThrownBy(() -> PolicyTemplates.load("nope")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nope");
    }
}
