package com.exitdesk.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A minimal SMTP server on loopback that refuses, with 550, every recipient whose address starts
 * with {@code bounce}, and accepts the rest. GreenMail accepts everyone, so this is how a test
 * meets a permanently bad address.
 */
public final class RefusingSmtpServer implements AutoCloseable {

  private final ServerSocket socket;
  private final List<String> acceptedRecipients = new CopyOnWriteArrayList<>();
  private final Thread acceptor;

  public RefusingSmtpServer() throws IOException {
    socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
    acceptor = Thread.ofVirtual().start(this::serve);
  }

  public int port() {
    return socket.getLocalPort();
  }

  /** Recipients of the messages this server accepted (DATA completed). */
  public List<String> acceptedRecipients() {
    return acceptedRecipients;
  }

  private void serve() {
    while (!socket.isClosed()) {
      try {
        Socket client = socket.accept();
        Thread.ofVirtual().start(() -> converse(client));
      } catch (IOException e) {
        return;
      }
    }
  }

  private void converse(Socket client) {
    try (client;
        BufferedReader in =
            new BufferedReader(
                new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
        Writer out = new OutputStreamWriter(client.getOutputStream(), StandardCharsets.UTF_8)) {
      reply(out, "220 refusing-smtp ready");
      List<String> recipients = new CopyOnWriteArrayList<>();
      String line;
      while ((line = in.readLine()) != null) {
        String command = line.toUpperCase(Locale.ROOT);
        if (command.startsWith("EHLO") || command.startsWith("HELO")) {
          reply(out, "250 refusing-smtp");
        } else if (command.startsWith("MAIL FROM")) {
          recipients.clear();
          reply(out, "250 2.1.0 Ok");
        } else if (command.startsWith("RCPT TO")) {
          String address = line.substring(line.indexOf('<') + 1, line.lastIndexOf('>'));
          if (address.toLowerCase(Locale.ROOT).startsWith("bounce")) {
            reply(out, "550 5.1.1 <" + address + ">: Recipient address rejected: User unknown");
          } else {
            recipients.add(address);
            reply(out, "250 2.1.5 Ok");
          }
        } else if (command.equals("DATA")) {
          reply(out, "354 End data with <CR><LF>.<CR><LF>");
          while ((line = in.readLine()) != null && !line.equals(".")) {
            // the message body is not needed
          }
          acceptedRecipients.addAll(recipients);
          reply(out, "250 2.0.0 Ok: queued");
        } else if (command.equals("QUIT")) {
          reply(out, "221 2.0.0 Bye");
          return;
        } else {
          reply(out, "250 Ok");
        }
      }
    } catch (IOException e) {
      // the client hung up
    }
  }

  private static void reply(Writer out, String line) throws IOException {
    out.write(line + "\r\n");
    out.flush();
  }

  @Override
  public void close() throws IOException {
    socket.close();
    acceptor.interrupt();
  }
}
