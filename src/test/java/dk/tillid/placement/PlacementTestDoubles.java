package dk.tillid.placement;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import dk.tillid.notification.Notifications;
import dk.tillid.notification.OutgoingEmail;
import dk.tillid.person.PersonId;
import dk.tillid.policy.PurposeId;
import dk.tillid.privacy.disclosure.DisclosureChannel;
import dk.tillid.privacy.disclosure.DisclosureRequest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

@TestConfiguration(proxyBeanMethods = false)
class PlacementTestDoubles {

    @Bean
    @Primary
    FakeDesk fakeDesk(Notifications notifications) {
        return new FakeDesk(notifications);
    }

    @Bean
    @Primary
    FakeHiring fakeHiring() {
        return new FakeHiring();
    }

    @Bean
    PlacementFixtures placementFixtures(FakeDesk desk, dk.tillid.candidate.Candidates candidates, dk.tillid.person.Persons persons) {
        return new PlacementFixtures(desk, candidates, persons);
    }

    /** Job orders and contacts as the client module would keep them; mail goes through the real outbox. */
    static class FakeDesk implements JobOrderDesk {

        final Map<UUID, Order> orders = new ConcurrentHashMap<>();
        final Map<UUID, List<Contact>> contacts = new ConcurrentHashMap<>();
        final Map<PersonId, String> emails = new ConcurrentHashMap<>();
        final List<UUID> filled = Collections.synchronizedList(new ArrayList<>());
        private final Notifications notifications;

        FakeDesk(Notifications notifications) {
            this.notifications = notifications;
        }

        Order add(Order order) {
            orders.put(order.id(), order);
            return order;
        }

        void addContact(UUID client, PersonId person, String name, String email) {
            contacts.computeIfAbsent(client, c -> Collections.synchronizedList(new ArrayList<>()))
                    .add(new Contact(person, name, "Produktionschef"));
            emails.put(person, email);
        }

        @Override
        public Optional<Order> find(UUID jobOrder) {
            return Optional.ofNullable(orders.get(jobOrder));
        }

        @Override
        public void fill(UUID jobOrder) {
            Order o = orders.get(jobOrder);
            orders.put(jobOrder, new Order(o.id(), o.client(), o.clientName(), o.title(), o.skills(), o.languages(), o.city(),
                    o.postcode(), o.start(), o.durationWeeks(), o.temporary(), false, o.positions()));
            filled.add(jobOrder);
        }

        @Override
        public List<Contact> contacts(UUID client, PurposeId purpose) {
            return List.copyOf(contacts.getOrDefault(client, List.of()));
        }

        @Override
        public DisclosureChannel mailTo(PersonId contact) {
            return new DisclosureChannel() {
                @Override
                public String name() {
                    return "e-mail";
                }

                @Override
                public void deliver(DisclosureRequest request, Payload payload) {
                    notifications.send(new OutgoingEmail(contact.subject(), "CLIENT_PROFILE", emails.get(contact),
                            "Kandidatforslag fra JobConnection", new String(payload.content(), StandardCharsets.UTF_8)));
                }
            };
        }
    }

    /** Records what the employment module would be asked. */
    static class FakeHiring implements Hiring {

        record Call(String what, PersonId person, UUID employment, UUID assignment, Hire hire, LocalDate day,
                    BigDecimal hours) {
        }

        final List<Call> calls = Collections.synchronizedList(new ArrayList<>());

        @Override
        public UUID hire(PersonId person, Hire hire, PurposeId purpose) {
            UUID employment = UUID.randomUUID();
            calls.add(new Call("hire", person, employment, null, hire, hire.start(), null));
            return employment;
        }

        @Override
        public void recordHours(UUID employment, UUID assignment, LocalDate day, BigDecimal hours, PurposeId purpose) {
            calls.add(new Call("hours", null, employment, assignment, null, day, hours));
        }

        @Override
        public void end(UUID employment, LocalDate lastDay, PurposeId purpose) {
            calls.add(new Call("end", null, employment, null, null, lastDay, null));
        }

        List<Call> of(UUID employment) {
            return calls.stream().filter(call -> employment.equals(call.employment())).toList();
        }
    }
}
