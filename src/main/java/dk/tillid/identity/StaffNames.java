package dk.tillid.identity;

import java.util.HashSet;
import java.util.Set;

import dk.tillid.privacy.SubjectId;
import dk.tillid.privacy.spi.NameKey;
import dk.tillid.privacy.spi.OtherPeople;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells an access package which words of a text name a staff member, by display name or user name
 * (Art. 15(4): to the person, whoever recorded something is the agency). Staff are few; their
 * names are read in one query and compared here.
 */
@Component
class StaffNames implements OtherPeople {

    private final JdbcClient jdbc;

    StaffNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Kind kind() {
        return Kind.STAFF;
    }

    @Override
    public Set<String> namedAmong(SubjectId subject, Set<String> keys) {
        Set<String> found = new HashSet<>();
        jdbc.sql("SELECT username, display_name FROM staff_account").query(row -> {
            for (String name : new String[] {row.getString(1), row.getString(2)}) {
                String key = NameKey.of(name);
                if (keys.contains(key)) {
                    found.add(key);
                }
            }
        });
        return found;
    }
}
