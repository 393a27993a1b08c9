package org.dinsos.sop.ide.server;

import java.util.Set;
import java.util.function.Function;

import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.RemoteEndpoint;
import org.eclipse.lsp4j.jsonrpc.messages.Message;
import org.eclipse.lsp4j.jsonrpc.messages.RequestMessage;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseMessage;

/**
 * The messages between client and server, checked on their way (for lsp4j's {@code Launcher.Builder.wrapMessages},
 * which wraps both directions). A request the server knows that comes without parameters is answered
 * InvalidParams at once, before any part of the server reads the missing parameters; every error the
 * client receives is told in Bahasa Indonesia and carries no Java text ({@link ServerErrors#inBahasa}),
 * also the ones lsp4j answers by itself to a message it cannot read.
 */
public final class MessageChecks implements Function<MessageConsumer, MessageConsumer> {

	/** The only request of LSP without parameters. */
	private static final String SHUTDOWN = "shutdown";

	private final Set<String> knownMethods;

	private volatile MessageConsumer toClient;

	/** Checks for a server that knows the given methods (its {@code supportedMethods()}). */
	public MessageChecks(Set<String> knownMethods) {
		this.knownMethods = Set.copyOf(knownMethods);
	}

	@Override
	public MessageConsumer apply(MessageConsumer consumer) {
		if (consumer instanceof RemoteEndpoint server) {
			return message -> {
				if (withoutParams(message)) {
					RequestMessage request = (RequestMessage) message;
					ResponseMessage answer = new ResponseMessage();
					answer.setRawId(request.getRawId());
					answer.setError(ServerErrors.refusal(ResponseErrorCode.InvalidParams, "Permintaan '" + request.getMethod()
							+ "' tidak berisi parameter; server bahasa SOP memerlukannya.").getResponseError());
					toClient.consume(answer);
				} else {
					server.consume(message);
				}
			};
		}
		MessageConsumer checked = message -> {
			if (message instanceof ResponseMessage answer && answer.getError() != null) {
				answer.setError(ServerErrors.inBahasa(answer.getError()));
			}
			consumer.consume(message);
		};
		toClient = checked;
		return checked;
	}

	private boolean withoutParams(Message message) {
		return message instanceof RequestMessage request && request.getParams() == null && !SHUTDOWN.equals(request.getMethod())
				&& knownMethods.contains(request.getMethod());
	}
}
