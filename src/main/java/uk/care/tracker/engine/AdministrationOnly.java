package uk.care.tracker.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.HistoricIncidentQueryImpl;
import org.camunda.bpm.engine.impl.HistoricJobLogQueryImpl;
import org.camunda.bpm.engine.impl.IncidentQueryImpl;
import org.camunda.bpm.engine.impl.JobDefinitionQueryImpl;
import org.camunda.bpm.engine.impl.JobQueryImpl;
import org.camunda.bpm.engine.impl.ExternalTaskQueryImpl;
import org.camunda.bpm.engine.impl.batch.BatchQueryImpl;
import org.camunda.bpm.engine.impl.batch.DeleteBatchCmd;
import org.camunda.bpm.engine.impl.batch.RestartProcessInstancesBatchCmd;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.*;
import org.camunda.bpm.engine.impl.cmd.batch.DeleteHistoricProcessInstancesBatchCmd;
import org.camunda.bpm.engine.impl.cmd.batch.removaltime.SetRemovalTimeToHistoricProcessInstancesCmd;
import org.camunda.bpm.engine.impl.cmd.batch.variables.SetVariablesToProcessInstancesBatchCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.jobexecutor.FailedJobListener;
import org.camunda.bpm.engine.impl.migration.MigrateProcessInstanceCmd;
import org.springframework.stereotype.Component;

/**
 * The engine's own guard of the record: what only {@code camunda-admin} may ask of the engine, whichever API or
 * webapp the request came through. Care users start processes, complete their tasks and read what they may see;
 * they never move a token, start past the start event, touch a job or incident, correlate a message, set a
 * variable outside a task completion, or edit tasks and comments. The HTTP gate ({@code security/EngineApiGate})
 * refuses these first with a reason; this guard holds when a future endpoint forgets.
 * <p>
 * It refuses before the command runs, and refuses the engine's failed-job handling that follows a refused
 * execution, so a refused job execution never costs the job a retry. Commands that the engine runs inside another command
 * (a delegate correlating a message during a user's completion) are the application's own and pass.
 */
@Component
public class AdministrationOnly extends AbstractProcessEnginePlugin {

    public static final String ADMIN_GROUP = "camunda-admin";

    /** The kinds of command refused to every authenticated user outside {@link #ADMIN_GROUP}. */
    static final Set<Class<?>> COMMANDS = Set.of(
            // moving tokens, starting past the start event, restarts and migrations
            StartProcessInstanceAtActivitiesCmd.class, ModifyProcessInstanceCmd.class, ProcessInstanceModificationCmd.class,
            ModifyProcessInstanceAsyncCmd.class, ProcessInstanceModificationBatchCmd.class, RestartProcessInstancesCmd.class,
            RestartProcessInstancesBatchCmd.class, MigrateProcessInstanceCmd.class, SetProcessDefinitionVersionCmd.class,
            DeleteProcessInstanceCmd.class, DeleteProcessInstancesCmd.class, SuspendProcessInstanceCmd.class,
            ActivateProcessInstanceCmd.class, UpdateProcessInstancesSuspendStateCmd.class,
            UpdateProcessInstancesSuspendStateBatchCmd.class, SuspendProcessDefinitionCmd.class,
            ActivateProcessDefinitionCmd.class,
            // timers and other jobs: executing, retrying, rescheduling, deleting, suspending, reading
            // (a refused execution must not run the engine's failed-job handling either: it would cost the job a retry)
            ExecuteJobsCmd.class, FailedJobListener.class, SetJobRetriesCmd.class, SetJobsRetriesBatchCmd.class, SetJobDuedateCmd.class,
            RecalculateJobDuedateCmd.class, DeleteJobCmd.class, DeleteJobsCmd.class, SetJobPriorityCmd.class,
            SetJobDefinitionPriorityCmd.class, SuspendJobCmd.class, ActivateJobCmd.class, SuspendJobDefinitionCmd.class,
            ActivateJobDefinitionCmd.class, UnlockJobCmd.class, GetJobExceptionStacktraceCmd.class,
            JobQueryImpl.class, JobDefinitionQueryImpl.class, HistoricJobLogQueryImpl.class,
            // incidents and batches
            CreateIncidentCmd.class, ResolveIncidentCmd.class, SetAnnotationForIncidentCmd.class, IncidentQueryImpl.class,
            HistoricIncidentQueryImpl.class, BatchQueryImpl.class, DeleteBatchCmd.class, SuspendBatchCmd.class,
            ActivateBatchCmd.class,
            // messages and signals
            CorrelateMessageCmd.class, CorrelateAllMessageCmd.class, MessageEventReceivedCmd.class,
            SignalEventReceivedCmd.class, SignalCmd.class,
            // variables written outside a task completion
            SetExecutionVariablesCmd.class, RemoveExecutionVariablesCmd.class, PatchExecutionVariablesCmd.class,
            SetTaskVariablesCmd.class, RemoveTaskVariablesCmd.class, PatchTaskVariablesCmd.class,
            SetVariablesToProcessInstancesBatchCmd.class,
            // tasks edited rather than worked: due dates, owners, candidates, standalone tasks, errors
            SaveTaskCmd.class, DeleteTaskCmd.class, DelegateTaskCmd.class, ResolveTaskCmd.class, SetTaskOwnerCmd.class,
            SetTaskDueDateCmd.class, SetTaskPriorityCmd.class, AddUserIdentityLinkCmd.class,
            AddGroupIdentityLinkCmd.class, DeleteUserIdentityLinkCmd.class, DeleteGroupIdentityLinkCmd.class,
            HandleTaskBpmnErrorCmd.class, HandleTaskEscalationCmd.class, DeleteTaskCommentCmd.class,
            DeleteProcessInstanceCommentCmd.class, UpdateCommentCmd.class, DeleteAttachmentCmd.class,
            // models, filters and history
            DeployCmd.class, DeleteDeploymentCmd.class, DeleteProcessDefinitionsByIdsCmd.class,
            DeleteProcessDefinitionsByKeyCmd.class, UpdateProcessDefinitionHistoryTimeToLiveCmd.class,
            UpdateDecisionDefinitionHistoryTimeToLiveCmd.class, SaveFilterCmd.class, DeleteFilterCmd.class,
            DeleteHistoricProcessInstancesCmd.class, DeleteHistoricProcessInstancesBatchCmd.class,
            DeleteHistoricTaskInstanceCmd.class, DeleteHistoricVariableInstanceCmd.class,
            DeleteHistoricVariableInstancesByProcessInstanceIdCmd.class, DeleteUserOperationLogEntryCmd.class,
            SetRemovalTimeToHistoricProcessInstancesCmd.class,
            // external tasks (the application has none; nobody but an administrator may fetch or complete one)
            FetchExternalTasksCmd.class, CompleteExternalTaskCmd.class, HandleExternalTaskFailureCmd.class,
            HandleExternalTaskBpmnErrorCmd.class, ExtendLockOnExternalTaskCmd.class, UnlockExternalTaskCmd.class,
            SetExternalTaskRetriesCmd.class, SetExternalTasksRetriesCmd.class, SetExternalTaskPriorityCmd.class,
            ExternalTaskQueryImpl.class);

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setCustomPreCommandInterceptorsTxRequired(with(configuration.getCustomPreCommandInterceptorsTxRequired(),
                new Guard(configuration)));
        configuration.setCustomPreCommandInterceptorsTxRequiresNew(with(configuration.getCustomPreCommandInterceptorsTxRequiresNew(),
                new Guard(configuration)));
    }

    private static List<CommandInterceptor> with(List<CommandInterceptor> existing, CommandInterceptor guard) {
        List<CommandInterceptor> interceptors = existing == null ? new ArrayList<>() : new ArrayList<>(existing);
        interceptors.add(0, guard);
        return interceptors;
    }

    /** True when the command may run for this authentication (none: the engine or the application itself). */
    static boolean allowed(Class<?> commandType, Authentication authentication) {
        if (authentication == null || authentication.getUserId() == null) {
            return true;
        }
        List<String> groups = authentication.getGroupIds();
        return (groups != null && groups.contains(ADMIN_GROUP)) || !COMMANDS.contains(commandType);
    }

    private static final class Guard extends CommandInterceptor {

        private final ProcessEngineConfigurationImpl configuration;

        Guard(ProcessEngineConfigurationImpl configuration) {
            this.configuration = configuration;
        }

        @Override
        public <T> T execute(Command<T> command) {
            // only a call from outside the engine: a command run inside another belongs to the process itself
            if (Context.getCommandContext() == null) {
                Authentication authentication = configuration.getIdentityService().getCurrentAuthentication();
                if (!allowed(command.getClass(), authentication)) {
                    throw new AuthorizationException("Only an administrator (" + ADMIN_GROUP + ") may do this: "
                            + "care users start processes at their start form and complete their own tasks.");
                }
            }
            return next.execute(command);
        }
    }
}
