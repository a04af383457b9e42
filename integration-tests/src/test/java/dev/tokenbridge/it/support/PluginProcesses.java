// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.it.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds plugin processes and their listening TCP ports by reading {@code /proc} (Linux only). */
public final class PluginProcesses {

  private static final Path PROC = Path.of("/proc");
  private static final Pattern SOCKET_LINK = Pattern.compile("socket:\\[(\\d+)]");
  private static final String TCP_LISTEN = "0A";

  private PluginProcesses() {}

  /** Ids of the processes whose command line mentions {@code pluginFile}. */
  public static List<Long> running(Path pluginFile) {
    byte[] needle = pluginFile.toString().getBytes(StandardCharsets.UTF_8);
    List<Long> pids = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(PROC, "[0-9]*")) {
      for (Path entry : entries) {
        if (contains(readOrEmpty(entry.resolve("cmdline")), needle)) {
          pids.add(Long.parseLong(entry.getFileName().toString()));
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot list " + PROC, e);
    }
    return pids;
  }

  /** The TCP ports that process {@code pid} listens on (IPv4 and IPv6). */
  public static Set<Integer> listeningTcpPorts(long pid) throws IOException {
    Path process = PROC.resolve(Long.toString(pid));
    Set<String> inodes = socketInodes(process.resolve("fd"));
    Set<Integer> ports = new TreeSet<>();
    for (String table : List.of("net/tcp", "net/tcp6")) {
      Path file = process.resolve(table);
      if (!Files.exists(file)) {
        continue;
      }
      List<String> lines = Files.readAllLines(file);
      for (String line : lines.subList(1, lines.size())) {
        // sl local_address rem_address st tx:rx tr:when retrnsmt uid timeout inode ...
        String[] columns = line.trim().split("\\s+");
        if (columns.length > 9 && TCP_LISTEN.equals(columns[3]) && inodes.contains(columns[9])) {
          String local = columns[1];
          ports.add(Integer.parseInt(local.substring(local.indexOf(':') + 1), 16));
        }
      }
    }
    return ports;
  }

  private static Set<String> socketInodes(Path fdDirectory) throws IOException {
    Set<String> inodes = new HashSet<>();
    try (DirectoryStream<Path> fds = Files.newDirectoryStream(fdDirectory)) {
      for (Path fd : fds) {
        try {
          Matcher socket = SOCKET_LINK.matcher(Files.readSymbolicLink(fd).toString());
          if (socket.matches()) {
            inodes.add(socket.group(1));
          }
        } catch (IOException e) {
          // the descriptor was closed while we listed the directory
        }
      }
    }
    return inodes;
  }

  private static byte[] readOrEmpty(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      return new byte[0]; // the process exited or belongs to another user
    }
  }

  private static boolean contains(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }
}
