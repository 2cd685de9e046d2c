package org.consortium.hub.policies.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.consortium.hub.policies.voting.Bodies.f;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rule versions are stored as JSON by the service, so they must survive a round trip unchanged. */
class VotingRulesJsonTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void collegeRulesRoundTrip() throws Exception {
        VotingRules rules = VotingRules.builder()
                .college("venues", f(2, 5)).college("companies", f(3, 10))
                .college("institutions", f(1, 5)).college("partners", f(1, 10))
                .quorum(Quorum.ofWeight(f(1, 3))).majority(Majority.qualifiedOfVotesCast(f(2, 3)))
                .abstentions(new Abstentions(false, true)).collegeShareBounds(new ShareBounds(f(1, 20), f(1, 2)))
                .tieBreak(TieBreak.referTo("general-assembly")).buildValid();

        String text = json.writeValueAsString(rules);
        VotingRules back = json.readValue(text, VotingRules.class);

        assertThat(back).isEqualTo(rules);
        JsonNode tree = json.readTree(text);
        assertThat(tree.at("/colleges/0/share").asText()).isEqualTo("2/5");
        assertThat(tree.at("/majority/fraction").asText()).isEqualTo("2/3");
        assertThat(tree.at("/tieBreak/referTo").asText()).isEqualTo("general-assembly");
    }

    @Test
    void simpleRulesRoundTripWithoutEmptyFields() throws Exception {
        VotingRules rules = VotingRules.builder().quorum(Quorum.ofSeats(Fraction.ONE_HALF)).majority(Majority.simple())
                .tieBreak(TieBreak.chairCastingVote()).build();
        String text = json.writeValueAsString(rules);
        assertThat(json.readValue(text, VotingRules.class)).isEqualTo(rules);
        assertThat(json.readTree(text).get("majority").has("fraction")).isFalse();
    }

    @Test
    void aHandWrittenDocumentTakesDefaultsAndTallies() throws Exception {
        String document = """
                {
                  "weighting": "COLLEGES",
                  "quorum": {"fraction": "1/2", "basis": "WEIGHT"},
                  "majority": {"kind": "SIMPLE"},
                  "colleges": [
                    {"id": "venues", "share": "40/100"},
                    {"id": "companies", "share": "30/100"},
                    {"id": "institutions", "share": "20/100"},
                    {"id": "partners", "share": "10/100"}
                  ],
                  "tieBreak": {"kind": "REJECT"}
                }
                """;
        VotingRules rules = json.readValue(document, VotingRules.class);
        assertThat(rules.abstentions()).isEqualTo(Abstentions.DEFAULT);
        assertThat(rules.collegeShareBounds()).isEqualTo(ShareBounds.SCIC);
        assertThat(rules.colleges().get(0).share()).isEqualTo(f(2, 5));
        assertThat(rules.validate()).isEmpty();

        List<Seat> seats = json.readValue("""
                [{"id": "v1", "holder": "org-1", "college": "venues"},
                 {"id": "c1", "holder": "org-2", "college": "companies", "chair": true},
                 {"id": "i1", "holder": "org-3", "college": "institutions"},
                 {"id": "p1", "holder": "org-4", "college": "partners", "weight": 1}]
                """, json.getTypeFactory().constructCollectionType(List.class, Seat.class));
        // Venues 2/5 + partners 1/10 yes against companies 3/10 no; quorum 4/5.
        TallyResult r = Tally.of(rules, seats, List.of(Ballot.yes("v1"), Ballot.no("c1"), Ballot.yes("p1")));
        assertThat(r.counts().yesWeight()).isEqualTo(f(1, 2));
        assertThat(r.quorum().present()).isEqualTo(f(4, 5));
        assertThat(r.outcome()).isEqualTo(Outcome.ADOPTED);
    }

    @Test
    void aDocumentMissingPartsIsReportedNotThrown() throws Exception {
        VotingRules rules = json.readValue("{\"majority\": {\"kind\": \"CONSENT\"}}", VotingRules.class);
        assertThat(rules.validate()).extracting(Violation::path).containsExactly("quorum", "tieBreak");
    }

    @Test
    void tallyResultSerialisesForTheDecisionLog() throws Exception {
        VotingRules rules = VotingRules.builder().quorum(Quorum.ofSeats(Fraction.ONE_HALF)).majority(Majority.simple())
                .tieBreak(TieBreak.referTo("general-assembly")).build();
        List<Seat> seats = Bodies.seats(2);
        TallyResult r = Tally.of(rules, seats, List.of(Ballot.yes("s1"), Ballot.no("s2")));
        JsonNode tree = json.valueToTree(r);
        assertThat(tree.get("outcome").asText()).isEqualTo("TIED_REFERRED");
        assertThat(tree.get("referredTo").asText()).isEqualTo("general-assembly");
        assertThat(tree.at("/majority/threshold").asText()).isEqualTo("1");
        assertThat(tree.at("/explanation/lines").size()).isEqualTo(r.explanation().lines().size());
    }
}
