package ee.hankevoog.process;

import org.camunda.bpm.engine.delegate.VariableScope;

/** Keys, variable and message names of the two process models, shared by code and tests. */
public final class ContractProcess {

    public static final String LIFECYCLE = "ContractLifecycle";
    public static final String TRAINING_GROUP = "TrainingGroup";

    public static final String INTERIM_MEETING_CALLED = "InterimMeetingCalled";
    public static final String GROUP_CANCELLED_BY_CUSTOMER = "GroupCancelledByCustomer";
    public static final String GROUP_RESCHEDULED = "GroupRescheduled";
    public static final String TRAINER_JOINED = "TrainerJoined";
    public static final String DAYS_PROPOSED = "DaysProposedByTrainers";

    /** Between a task's name in the model and the contract (and group) its stored name adds. */
    public static final String TASK_NAME_SEPARATOR = " – ";

    /** The lifecycle's start event, whose form registers a contract from Tasklist. */
    public static final String START_FORM = "StartEvent_ContractSigned";

    /** The contract a step of either process belongs to: the number the server put into the process. */
    public static String contractNumber(VariableScope step) {
        return (String) step.getVariable(Var.CONTRACT_NUMBER);
    }

    /** The group a step of the training group process belongs to; none in the lifecycle's own steps. */
    public static String groupCode(VariableScope step) {
        return (String) step.getVariable(Var.GROUP_CODE);
    }

    /**
     * A task's name as its model has it, without the contract and group that every stored task name ends with
     * ("Agree training dates – KOV-001" is "Agree training dates"): for pages that are about one contract.
     */
    public static String plainTaskName(String name, String contractNumber) {
        if (name == null) {
            return null;
        }
        int suffix = name.lastIndexOf(TASK_NAME_SEPARATOR + contractNumber);
        return suffix < 0 ? name : name.substring(0, suffix);
    }

    /** The materials block a step is about (0 for the first), or none when the step is not about one block. */
    public static Integer blockIndex(VariableScope step) {
        return step.getVariable(Var.BLOCK_INDEX) instanceof Integer block ? block : null;
    }

    /** The trainer a step of one trainer's own is about (0 for the first), or none. */
    public static Integer trainerIndex(VariableScope step) {
        return step.getVariable(Var.TRAINER_INDEX) instanceof Integer trainer ? trainer : null;
    }

    /** The training day a step is about (0 for the first), or none when the step is not about one day. */
    public static Integer dayIndex(VariableScope step) {
        return step.getVariable(Var.DAY_INDEX) instanceof Integer day ? day : null;
    }

    /** A text a form put into the step, or none when the form left it out. */
    public static String text(VariableScope step, String name) {
        return step.getVariable(name) instanceof String text ? text : null;
    }

    /** A whole number a form put into the step, or none when the form left it out. */
    public static Long number(VariableScope step, String name) {
        return step.getVariable(name) instanceof Number number ? number.longValue() : null;
    }

    /** Whether a form's checkbox or yes/no field of the step was answered yes. */
    public static boolean yes(VariableScope step, String name) {
        return Boolean.TRUE.equals(step.getVariable(name));
    }

    /** Process variables. Contract data itself lives in the contract tables, not in the engine. */
    public static final class Var {
        public static final String CONTRACT_NUMBER = "contractNumber";
        public static final String GROUP_CODE = "groupCode";
        public static final String BLOCK_INDEX = "blockIndex";
        public static final String DAY_INDEX = "dayIndex";
        public static final String TRAINER_INDEX = "trainerIndex";
        public static final String TRAINING_DAYS = "trainingDays";
        public static final String PROPOSED_DAYS = "proposedDays";
        public static final String DAY_NOT_HELD = "dayNotHeld";
        public static final String REASON = "reason";
        public static final String NOT_HELD_REASON = "notHeldReason";
        public static final String NEW_DAY = "newDay";
        public static final String SIX_WEEKS_EXCEPTION_CONFIRMED = "exceptionConfirmed";
        public static final String PROPOSAL_ACCEPTED = "proposalAccepted";
        public static final String DAYS_AHEAD = "daysAhead";
        public static final String MATERIALS_TO_DELIVER = "materialsToDeliver";
        public static final String PROPOSED_GROUP = "proposedGroup";
        public static final String PROPOSED_GROUP_DAYS = "proposedGroupDays";
        public static final String PROPOSAL_REASON = "proposalReason";
        public static final String PROPOSED_BY = "proposedBy";
        public static final String JOINING_TRAINER = "joiningTrainer";
        public static final String PROPOSAL_REMARK = "proposalRemark";
        public static final String DATES_CONFIRMED = "datesConfirmed";
        public static final String DATES_REMARK = "datesRemark";
        public static final String CANCELLATION_RIGHT_WAIVED = "cancellationRightWaived";
        public static final String PARTICIPANTS_PRESENT = "participantsPresent";
        public static final String REGISTERED_PARTICIPANTS = "registeredParticipants";
        public static final String HOURS_DELIVERED = "hoursDelivered";
        public static final String HANDOVER_ACCEPTED = "handoverAccepted";
        public static final String HANDOVER_REMARKS = "handoverRemarks";
        public static final String HANDOVER_ACT_REMARKS = "handoverActRemarks";
        public static final String HANDOVER_ACT_DOCUMENT = "handoverActDocumentId";
        public static final String STORED_FILES_DELETED = "storedFilesDeleted";
        public static final String WORKERS_CURRICULUM_APPROVED = "workersCurriculumApproved";
        public static final String LEADERS_CURRICULUM_APPROVED = "leadersCurriculumApproved";

        private Var() {
        }
    }

    /** User task ids, as in the BPMN files. */
    public static final class Task {
        public static final String AGREE_TRAINING_DATES = "Task_AgreeTrainingDates";
        public static final String CONFIRM_TRAINING_DATES = "Task_ConfirmTrainingDates";
        public static final String CONFIRM_JUHAN_PROFILE = "Task_ConfirmJuhanProfile";
        public static final String CONFIRM_JOINING_TRAINER_PROFILE = "Task_ConfirmJoiningTrainerProfile";
        public static final String GIVE_CURRICULUM_INPUT = "Task_GiveCurriculumInput";
        public static final String HOLD_CURRICULUM_MEETING = "Task_HoldCurriculumMeeting";
        public static final String HOLD_PRE_MEETING = "Task_HoldPreMeeting";
        public static final String RECORD_INTERIM_MEETING = "Task_RecordInterimMeeting";
        public static final String DELETE_DIGITAL_MATERIAL = "Task_DeleteDigitalMaterial";
        public static final String CONFIRM_DELETION = "Task_ConfirmDeletion";
        public static final String MOVE_DAY_NOT_HELD = "Task_MoveDayNotHeld";
        public static final String CONFIRM_PROPOSED_DAYS = "Task_ConfirmProposedDays";
        public static final String SEND_MATERIALS = "Task_SendMaterials";
        public static final String RECORD_TRAINING_DAY = "Task_RecordTrainingDay";
        public static final String PREPARE_HANDOVER_ACT = "Task_PrepareHandoverAct";
        public static final String ACCEPT_HANDOVER_ACT = "Task_AcceptHandoverAct";
        public static final String COLLECT_FEEDBACK = "Task_CollectFeedback";
        public static final String UPDATE_JUHAN_STATUSES = "Task_UpdateJuhanStatuses";

        private Task() {
        }
    }

    private ContractProcess() {
    }
}
