package dk.tillid.client;

/** A client company with its id. */
public record ClientCompany(ClientId id, CompanyDetails details) {

    public String name() {
        return details.name();
    }
}
