package ee.hankevoog.participant;

import java.util.List;
import org.springframework.data.repository.CrudRepository;

interface ParticipantRepository extends CrudRepository<Participant, Long>, GroupRoster {

    List<Participant> findByContractNumber(String contractNumber);
}
