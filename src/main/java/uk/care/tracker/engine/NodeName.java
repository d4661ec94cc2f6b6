package uk.care.tracker.engine;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Names this node in the shared database (ADR 0006): the job executor locks jobs under this name
 * ({@code ACT_RU_JOB.LOCK_OWNER_}, shown in Cockpit) and the engine reports its metrics under it, so an operator sees
 * which node holds which job. {@code tracker.cluster.node-name} (environment {@code TRACKER_CLUSTER_NODENAME});
 * default: host name and process id. Names must differ between nodes.
 */
@Component
public class NodeName extends AbstractProcessEnginePlugin {

    private final String name;

    public NodeName(@Value("${tracker.cluster.node-name:}") String configured) {
        this.name = configured == null || configured.isBlank() ? hostAndPid() : configured.trim();
    }

    public String name() {
        return name;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setHostname(name);
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        JobExecutor executor = configuration.getJobExecutor();
        if (executor != null) {
            executor.setLockOwner(name);
        }
    }

    private static String hostAndPid() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "node";
        }
        return host + ":" + ManagementFactory.getRuntimeMXBean().getPid();
    }
}
