package dk.tillid.bench;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import dk.tillid.candidate.LanguageSkill;
import dk.tillid.candidate.MatchCriteria;
import dk.tillid.candidate.Profile;
import dk.tillid.demo.DanishPeople;
import dk.tillid.person.NewPerson;
import dk.tillid.person.PersonKind;
import org.postgresql.PGConnection;

/**
 * Generated candidates for the matching benchmark: people, profiles, languages, a few restrictions
 * and CV text, written with COPY in chunks. Skills and words are drawn with a skew (a few are
 * common, most are rare), as in a real agency's files.
 */
final class MatchingData {

    static final List<String> SKILLS = List.of(
            "truck", "lager", "pluk", "kran", "svejsning", "cnc", "montage", "el", "vvs", "tømrer", "murer", "maler",
            "rengøring", "kantine", "kok", "tjener", "bartender", "opvask", "bager", "slagter", "chauffør",
            "ce-kørekort", "c-kørekort", "kundeservice", "salg", "telefonsalg", "reception", "bogføring", "regnskab",
            "løn", "excel", "sap", "navision", "java", "python", "sql", "javascript", "support", "netværk", "sosu",
            "pleje", "pædagog", "medhjælper", "sygeplejerske", "laborant", "kvalitet", "haccp", "gaffeltruck",
            "lagerstyring", "indkøb", "logistik", "spedition", "told", "projektledelse", "tegning", "autocad",
            "elektronik", "plc", "automation", "smed", "mekaniker", "landbrug", "gartner", "anlæg", "skovbrug",
            "fisk", "slagteri", "emballage", "produktion", "operatør", "maskinfører", "tekstil", "syning", "frisør",
            "butik", "kasse", "vareopfyldning", "bud", "flytning", "vagt", "sikkerhed", "førstehjælp", "engelsk",
            "tysk", "marketing", "grafik", "web", "hr", "rekruttering", "jura", "økonomi", "controlling", "revision",
            "undervisning", "tolk", "oversættelse", "køkken", "catering", "hotel", "housekeeping");
    static final List<String> TITLES = List.of(
            "Lagermedarbejder", "Truckfører", "Chauffør", "Svejser", "Smed", "Elektriker", "Rengøringsassistent",
            "Kok", "Tjener", "Bogholder", "Kundeservicemedarbejder", "Sælger", "Produktionsmedarbejder", "Operatør",
            "SOSU-assistent", "Pædagogmedhjælper", "Udvikler", "IT-supporter", "Mekaniker", "Gartner", "Tømrer",
            "Maler", "Receptionist", "Indkøber", "Laborant", "Projektleder", "Butiksmedarbejder", "Vagt");
    static final List<String> FILLER = List.of(
            "erfaring", "med", "og", "i", "har", "arbejdet", "som", "hos", "ansvar", "for", "daglig", "drift",
            "samarbejde", "kollegaer", "kunder", "stabil", "mødestabil", "fleksibel", "selvstændig", "struktureret",
            "god", "til", "at", "lære", "nye", "opgaver", "år", "virksomhed", "afdeling", "team", "leder",
            "uddannelse", "kursus", "certifikat", "bevis", "kørekort", "skiftehold", "weekend", "nat", "dag",
            "fuldtid", "deltid", "vikar", "fast", "stilling", "søger", "ønsker", "motiveret", "engageret",
            "praktisk", "løsninger", "kvalitet", "sikkerhed", "hygiejne", "service", "planlægning", "dokumentation",
            "rapportering", "systemer", "maskiner", "værktøj", "materialer", "varer", "ordrer", "levering", "modtagelse");
    static final String[] LANGUAGES = {"da", "en", "de", "pl", "ro", "uk", "sv", "ar", "lt"};
    static final String[][] TOWNS = {{"8000", "Aarhus C"}, {"9000", "Aalborg"}, {"9400", "Nørresundby"},
            {"5000", "Odense C"}, {"2100", "København Ø"}, {"7100", "Vejle"}, {"6700", "Esbjerg"}, {"4000", "Roskilde"},
            {"8600", "Silkeborg"}, {"9800", "Hjørring"}, {"3000", "Helsingør"}, {"2800", "Kongens Lyngby"},
            {"5700", "Svendborg"}, {"8900", "Randers C"}, {"6000", "Kolding"}};
    static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    static final int CHUNK = 5_000;

    private final Random random;
    private final PGConnection connection;

    MatchingData(Random random, PGConnection connection) {
        this.random = random;
        this.connection = connection;
    }

    void load(int scale) throws Exception {
        ((java.sql.Connection) connection).createStatement().execute(
                "CREATE TABLE bench_cv_text (person_id uuid PRIMARY KEY, text text NOT NULL)");
        DanishPeople people = new DanishPeople(42);
        for (int from = 0; from < scale; from += CHUNK) {
            StringBuilder persons = new StringBuilder();
            StringBuilder candidates = new StringBuilder();
            StringBuilder languages = new StringBuilder();
            StringBuilder restrictions = new StringBuilder();
            StringBuilder cvs = new StringBuilder();
            for (int i = from; i < Math.min(scale, from + CHUNK); i++) {
                UUID id = UUID.randomUUID();
                NewPerson person = people.next(PersonKind.CANDIDATE);
                String[] town = TOWNS[skewed(TOWNS.length)];
                boolean unregistered = random.nextInt(50) == 0;
                persons.append(id).append('\t').append(random.nextInt(10) == 0 ? "EMPLOYEE" : "CANDIDATE").append('\t')
                        .append(person.name().givenName()).append('\t').append(person.name().familyName()).append('\t')
                        .append(person.contact().email()).append("\t\\N\t").append(person.dateOfBirth()).append('\t')
                        .append("Vestergade ").append(1 + random.nextInt(99)).append('\t').append(town[0]).append('\t')
                        .append(town[1]).append("\t\\N\t2025-01-01 00:00:00+00\t2026-11-01 00:00:00+00\t")
                        .append(unregistered ? "2026-06-01 00:00:00+00" : "\\N").append("\t0\n");
                List<String> skills = draw(SKILLS, 3 + random.nextInt(8));
                String title = TITLES.get(random.nextInt(TITLES.size()));
                String workType = Profile.WorkType.values()[random.nextInt(3)].name();
                LocalDate available = random.nextInt(3) == 0 ? null : TODAY.plusDays(random.nextInt(180));
                candidates.append(id).append('\t').append(title).append(" med erfaring i ").append(skills.get(0)).append('\t')
                        .append(sentence(25)).append('\t').append('{').append(String.join(",", quoted(skills))).append('}')
                        .append('\t').append(workType).append('\t').append(random.nextInt(4) == 0 ? town[1] : "\\N").append('\t')
                        .append(available == null ? "\\N" : available.toString()).append('\t')
                        .append("[{\"id\":\"").append(UUID.randomUUID()).append("\",\"institution\":\"Erhvervsskolen\",\"programme\":\"")
                        .append(TITLES.get(random.nextInt(TITLES.size()))).append(" (EUD)\",\"startedOn\":\"2010-08-01\",\"endedOn\":\"2013-06-30\",\"completed\":true}]")
                        .append('\t').append("[{\"id\":\"").append(UUID.randomUUID()).append("\",\"kind\":\"JOB\",\"employer\":\"Firma ")
                        .append(random.nextInt(1000)).append(" ApS\",\"title\":\"").append(title)
                        .append("\",\"startedOn\":\"2014-01-01\",\"endedOn\":\"2024-12-31\",\"description\":null}]")
                        .append("\t[]\t\\N\t[]\t[]\tSTAFF\t")
                        .append(random.nextInt(20) == 0 ? "\\N" : "2025-01-02 00:00:00+00").append("\t0\n");
                Set<String> spoken = new LinkedHashSet<>();
                spoken.add(random.nextInt(5) == 0 ? LANGUAGES[3 + random.nextInt(LANGUAGES.length - 3)] : "da");
                int more = random.nextInt(3);
                for (int k = 0; k < more; k++) {
                    spoken.add(LANGUAGES[skewed(LANGUAGES.length)]);
                }
                for (String language : spoken) {
                    LanguageSkill.Level level = language.equals("da") && random.nextBoolean() ? LanguageSkill.Level.NATIVE
                            : LanguageSkill.Level.values()[random.nextInt(7)];
                    languages.append(id).append('\t').append(language).append('\t').append(level).append('\n');
                }
                if (random.nextInt(200) == 0) {
                    restrictions.append(id).append("\t2026-10-01 00:00:00+00\tbench\tAccuracy contested\n");
                }
                if (random.nextInt(5) != 0) {
                    cvs.append(id).append('\t').append(cv(title, skills)).append('\n');
                }
            }
            copy("person (id, kind, given_name, family_name, email, phone, date_of_birth, street, postcode, city, country,"
                    + " registered_at, last_contact_at, unregistered_at, version)", persons);
            copy("candidate (person_id, headline, summary, skills, work_type, preferred_area, available_from, education,"
                    + " experience, courses, unemployment, next_of_kin, referees, registered_via, email_confirmed_at, version)",
                    candidates);
            copy("candidate_language (person_id, language, level)", languages);
            copy("processing_restriction (person_id, restricted_at, restricted_by, reason)", restrictions);
            copy("bench_cv_text (person_id, text)", cvs);
        }
    }

    /** Varied job orders: 2 to 5 skills, none to two languages, a town, a start, a kind of work, the title as words. */
    static List<MatchCriteria> jobOrders(Random random, int count) {
        List<MatchCriteria> jobs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<MatchCriteria.LanguageRequirement> languages = new ArrayList<>();
            if (i % 3 != 2) {
                languages.add(new MatchCriteria.LanguageRequirement("da", LanguageSkill.Level.values()[2 + random.nextInt(4)]));
            }
            if (i % 4 == 0) {
                languages.add(new MatchCriteria.LanguageRequirement(LANGUAGES[1 + random.nextInt(3)], LanguageSkill.Level.B1));
            }
            String[] town = TOWNS[random.nextInt(TOWNS.length)];
            List<String> skills = new ArrayList<>();
            while (skills.size() < 2 + i % 4) {
                String skill = SKILLS.get(random.nextInt(SKILLS.size()));
                if (!skills.contains(skill)) {
                    skills.add(skill);
                }
            }
            jobs.add(new MatchCriteria(skills, languages, town[1], town[0], TODAY.plusDays(14 + random.nextInt(60)),
                    i % 2 == 0 ? Profile.WorkType.TEMPORARY : Profile.WorkType.PERMANENT,
                    TITLES.get(random.nextInt(TITLES.size()))));
        }
        return jobs;
    }

    private String cv(String title, List<String> skills) {
        StringBuilder text = new StringBuilder("Curriculum vitae. ").append(title).append(". ");
        int words = 60 + random.nextInt(120);
        for (int w = 0; w < words; w++) {
            int pick = random.nextInt(10);
            text.append(pick < 2 ? skills.get(random.nextInt(skills.size()))
                    : pick < 3 ? SKILLS.get(skewed(SKILLS.size())) : FILLER.get(random.nextInt(FILLER.size()))).append(' ');
        }
        return text.toString();
    }

    private String sentence(int words) {
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < words; w++) {
            text.append(w % 7 == 3 ? SKILLS.get(skewed(SKILLS.size())) : FILLER.get(random.nextInt(FILLER.size()))).append(' ');
        }
        return text.toString().strip();
    }

    private List<String> draw(List<String> from, int count) {
        Set<String> drawn = new LinkedHashSet<>();
        while (drawn.size() < count) {
            drawn.add(from.get(skewed(from.size())));
        }
        return new ArrayList<>(drawn);
    }

    /** An index in 0..n-1, low ones more often (roughly Zipf-like). */
    private int skewed(int n) {
        double u = random.nextDouble();
        return Math.min(n - 1, (int) (n * u * u));
    }

    private static List<String> quoted(List<String> values) {
        return values.stream().map(value -> "\"" + value + "\"").toList();
    }

    private void copy(String table, StringBuilder rows) throws Exception {
        if (!rows.isEmpty()) {
            connection.getCopyAPI().copyIn("COPY " + table + " FROM STDIN", new StringReader(rows.toString()));
        }
    }
}
