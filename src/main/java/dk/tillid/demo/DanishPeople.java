package dk.tillid.demo;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import dk.tillid.person.ContactDetails;
import dk.tillid.person.NewPerson;
import dk.tillid.person.PersonKind;
import dk.tillid.person.PersonName;
import dk.tillid.person.PostalAddress;

/**
 * Invents Danish people: names with æ, ø and å, real town names and postcodes, plausible streets.
 * The same seed gives the same people, so a benchmark or a test can be repeated exactly.
 */
public final class DanishPeople {

    private static final List<String> GIVEN_NAMES = List.of(
            "Søren", "Bjørn", "Jørgen", "Mette", "Kirsten", "Anders", "Frederik", "Ida", "Sofie", "Mads",
            "Rasmus", "Mathilde", "Freja", "Emil", "Astrid", "Åse", "Øjvind", "Ærtebjørg", "Malthe", "Nanna",
            "Karoline", "Jens", "Birgitte", "Lærke", "Asger", "Signe", "Thøger", "Helle", "Niels", "Gry");
    private static final List<String> FAMILY_NAMES = List.of(
            "Jørgensen", "Sørensen", "Nielsen", "Hansen", "Pedersen", "Mølgaard", "Højgaard", "Bækgaard",
            "Ødegaard", "Åberg", "Kjær", "Lund", "Thygesen", "Dahl", "Kristensen", "Løvgreen", "Frølund",
            "Skovgård", "Bødker", "Ravn", "Holm", "Østergaard", "Vestergaard", "Brøndum", "Lykke");
    private static final List<String> STREETS = List.of(
            "Østergade", "Nørregade", "Søndergade", "Vestergade", "Åboulevarden", "Ærøgade", "Bøgevej",
            "Skovbrynet", "Kildevænget", "Møllevej", "Fjordvej", "Kærvej", "Hybenvej", "Strandvejen", "Rønnebærvej");
    private static final List<String[]> TOWNS = List.of(
            new String[] {"8000", "Aarhus C"}, new String[] {"9000", "Aalborg"}, new String[] {"9400", "Nørresundby"},
            new String[] {"5000", "Odense C"}, new String[] {"2100", "København Ø"}, new String[] {"7100", "Vejle"},
            new String[] {"6700", "Esbjerg"}, new String[] {"4000", "Roskilde"}, new String[] {"8600", "Silkeborg"},
            new String[] {"9800", "Hjørring"}, new String[] {"3000", "Helsingør"}, new String[] {"2800", "Kongens Lyngby"},
            new String[] {"5700", "Svendborg"}, new String[] {"8900", "Randers C"}, new String[] {"6000", "Kolding"});
    private static final List<String> COMPANY_STEMS = List.of(
            "Nordjysk Stål", "Fjordens Fødevarer", "Limfjord Logistik", "Ærø Rengøring", "Østjysk El",
            "Mølleåens Maskiner", "Søhøjlandets Byg", "Vestkystens Fisk", "Hjørring Hospitalsservice", "Bæltets Transport");
    private static final List<String> COMPANY_FORMS = List.of("ApS", "A/S", "I/S");

    private final Random random;

    public DanishPeople(long seed) {
        this.random = new Random(seed);
    }

    /** A person of the given kind; business contacts get no date of birth, as the policy says. */
    public NewPerson next(PersonKind kind) {
        String given = pick(GIVEN_NAMES);
        String family = pick(FAMILY_NAMES);
        String[] town = TOWNS.get(random.nextInt(TOWNS.size()));
        LocalDate born = kind == PersonKind.BUSINESS_CONTACT ? null
                : LocalDate.of(1960, 1, 1).plusDays(random.nextInt(365 * 45));
        String domain = kind == PersonKind.BUSINESS_CONTACT ? ascii(pick(COMPANY_STEMS)).replace(' ', '-') + ".dk" : "example.dk";
        return new NewPerson(kind, new PersonName(given, family),
                new ContactDetails(ascii(given) + "." + ascii(family) + "." + random.nextInt(100_000) + "@" + domain,
                        "+45 " + (20 + random.nextInt(80)) + " " + twoDigits() + " " + twoDigits() + " " + twoDigits()),
                born,
                new PostalAddress(pick(STREETS) + " " + (1 + random.nextInt(150)), town[0], town[1], "Danmark"));
    }

    /** A client company's name, for business contacts and (later) clients. */
    public String companyName() {
        return pick(COMPANY_STEMS) + " " + pick(COMPANY_FORMS);
    }

    /** A CVR number the register's modulus-11 check accepts (generated: it may belong to a real company by chance). */
    public String cvr() {
        int[] weights = {2, 7, 6, 5, 4, 3, 2};
        while (true) {
            StringBuilder cvr = new StringBuilder();
            int sum = 0;
            for (int i = 0; i < 7; i++) {
                int digit = i == 0 ? 1 + random.nextInt(9) : random.nextInt(10);
                cvr.append(digit);
                sum += digit * weights[i];
            }
            int check = (11 - sum % 11) % 11;
            if (check < 10) {
                return cvr.append(check).toString();
            }
        }
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private String twoDigits() {
        return String.format(Locale.ROOT, "%02d", random.nextInt(100));
    }

    /** Letters an e-mail address can hold: æ→ae, ø→oe, å→aa, as Danes write them. */
    static String ascii(String text) {
        String spelled = text.toLowerCase(Locale.ROOT).replace("æ", "ae").replace("ø", "oe").replace("å", "aa");
        return Normalizer.normalize(spelled, Normalizer.Form.NFD).replaceAll("[^a-z0-9 -]", "");
    }
}
