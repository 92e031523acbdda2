package ee.hankevoog.participant;

import java.util.List;
import org.springframework.data.repository.CrudRepository;

interface ParticipantRepository extends CrudRepository<Participant, Long> {

    List<Participant> findByContractNumberAndGroupCodeOrderByLastNameAscFirstNameAsc(String contractNumber,
            String groupCode);

    List<Participant> findByContractNumber(String contractNumber);
}
