package se.vinr.publish.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class PeerGroupsTest {

    private final Map<String, String> titles = new LinkedHashMap<>();
    private final Map<String, List<String>> members = new LinkedHashMap<>();

    private void group(String id, String title, String... names) {
        titles.put(id, title);
        members.put(id, List.of(names));
    }

    @Test
    void choosesTheGroupsDefinedForTheMunicipalityNotTheGroupsItIsAMemberOf() {
        group("G36529", "Liknande kommuner IFO, Härnösand, 2022", "Bollnäs", "Finspång", "Kristinehamn", "Lindesberg",
                "Nynäshamn", "Skara", "Tierp");
        group("G36401", "Liknande kommuner IFO, Bollnäs, 2022", "Härnösand", "Skara");
        group("G37405", "Liknande kommuner, övergripande, Härnösand, 2022", "Arvika", "Vetlanda");
        group("G35945", "Liknande kommuner grundskola, Härnösand, 2022", "Ljungby");
        group("G92788", "Mindre stad/tätort (ovägt medel)", "Härnösand", "Sala");

        List<PeerGroups.Group> chosen = PeerGroups.choose("Härnösand", "Mindre stad/tätort", titles, members);

        assertThat(chosen).extracting(PeerGroups.Group::groupId).containsExactly("G36529", "G37405", "G92788");
        assertThat(chosen.get(0).displayName()).isEqualTo("Liknande kommuner IFO, Härnösand, 2022 (Kolada G36529:"
                + " Bollnäs, Finspång, Kristinehamn, Lindesberg, Nynäshamn, Skara, Tierp)");
        assertThat(chosen.get(0).area()).isEqualTo("kolada:G36529");
    }

    @Test
    void takesTheNewestClassificationOfAPurpose() {
        group("G1", "Liknande kommuner IFO, Härnösand, 2019", "Sala");
        group("G2", "Liknande kommuner IFO, Härnösand, 2022", "Skara");

        assertThat(PeerGroups.choose("Härnösand", null, titles, members)).extracting(PeerGroups.Group::groupId)
                .containsExactly("G2");
    }

    @Test
    void aNameThatOnlyBeginsLikeTheMunicipalitysIsAnotherMunicipality() {
        group("G1", "Liknande kommuner IFO, Upplands Väsby, 2022", "Sala");

        assertThat(PeerGroups.choose("Upplands", null, titles, members)).isEmpty();
    }
}
