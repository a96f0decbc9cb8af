package dk.tillid.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dk.tillid.privacy.audit.Actor;
import dk.tillid.privacy.audit.ActorDirectory;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Tells the audit trail which staff account acts, and names accounts on the DPO's pages. */
@Component
class StaffActors implements ActorDirectory {

    private final StaffAccountRepository repository;

    StaffActors(StaffAccountRepository repository) {
        this.repository = repository;
    }

    @Override
    public Optional<Actor> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        if (authentication.getAuthorities().stream().anyMatch(a -> PersonSessions.AUTHORITY.equals(a.getAuthority()))) {
            return Optional.of(Actor.person(authentication.getName()));
        }
        if (authentication.getPrincipal() instanceof StaffPrincipal staff) {
            return Optional.of(Actor.staff(staff.accountId().value().toString()));
        }
        return Optional.of(Actor.staff(authentication.getName()));
    }

    @Override
    public String describe(Actor actor) {
        if (actor.kind() != Actor.Kind.STAFF) {
            return actor.kind().name().toLowerCase() + " " + actor.id();
        }
        try {
            return repository.findById(new StaffAccountId(UUID.fromString(actor.id())))
                    .map(StaffAccount::username).orElse(actor.id());
        } catch (IllegalArgumentException notAnAccountId) {
            return actor.id();
        }
    }

    @Override
    public List<Actor> staff() {
        return repository.all().stream().map(account -> Actor.staff(account.id().value().toString())).toList();
    }
}
