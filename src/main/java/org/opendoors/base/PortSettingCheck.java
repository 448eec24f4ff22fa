package org.opendoors.base;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;

/**
 * Tries the web port as soon as the settings are read: a port already in use stops the start in a second, before
 * the embedded database is unpacked and started. The web server's own check stays for the rare race after this one.
 */
class PortSettingCheck implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        int port = event.getEnvironment().getProperty("server.port", Integer.class, 8080);
        if (port <= 0) {
            return; // any free port
        }
        try (ServerSocket probe = new ServerSocket()) {
            probe.bind(new InetSocketAddress(port));
        } catch (IOException inUse) {
            throw new InvalidSettingException("Port " + port + " is already in use, so Open Doors cannot serve on it.",
                    "Stop the program that uses port " + port + " (perhaps another Open Doors), or set PORT to a free port.",
                    inUse);
        }
    }
}
