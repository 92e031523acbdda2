package ee.hankevoog.participant;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;

interface ParticipantRepository extends CrudRepository<Participant, Long> {

    /**
     * The group's registrations in name order. A derived query reads each person's attendance with a statement of
     * its own, and a group's records are read at every step of its training days; by id, with single-query loading
     * ({@code RelationalMappingSettings}), PostgreSQL reads them all in one more statement. Spring Data's H2 dialect
     * has no single-query loading, so on H2 each person's attendance is still a statement of its own.
     */
    default List<Participant> ofGroup(String contractNumber, String groupCode) {
        List<Long> ids = idsOfGroup(contractNumber, groupCode);
        Map<Long, Participant> byId = StreamSupport.stream(findAllById(ids).spliterator(), false)
                .collect(Collectors.toMap(Participant::id, Function.identity()));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    @Query("select id from participant where contract_number = :contractNumber and group_code = :groupCode"
            + " order by last_name, first_name, id")
    List<Long> idsOfGroup(String contractNumber, String groupCode);

    List<Participant> findByContractNumber(String contractNumber);
}
