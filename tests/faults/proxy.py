"""A TCP proxy for fault tests: forwards to a real server until told to drop or stall.

`mode` is read for every new connection and every forwarded chunk, so switching it affects
connections already open too: "forward" relays, "drop" closes the connection, "stall" accepts and
keeps the connection open without ever answering (the way a hung server or a dead network looks).
"""

import socket
import threading

FORWARD, DROP, STALL = "forward", "drop", "stall"


class FaultProxy:
    def __init__(self, target_port, target_host="127.0.0.1"):
        self.target = (target_host, target_port)
        self.mode = FORWARD
        self._server = socket.create_server(("127.0.0.1", 0))
        self.port = self._server.getsockname()[1]
        self._sockets = []
        self._lock = threading.Lock()
        self._closed = threading.Event()
        threading.Thread(target=self._accept, daemon=True).start()

    def _track(self, sock):
        with self._lock:
            self._sockets.append(sock)
        return sock

    def _accept(self):
        while not self._closed.is_set():
            try:
                client, _ = self._server.accept()
            except OSError:
                return
            self._track(client)
            if self.mode == DROP:
                client.close()
                continue
            if self.mode == STALL:
                continue  # keep it open, never read or answer
            try:
                upstream = self._track(socket.create_connection(self.target, timeout=5))
            except OSError:
                client.close()
                continue
            threading.Thread(target=self._pipe, args=(client, upstream), daemon=True).start()
            threading.Thread(target=self._pipe, args=(upstream, client), daemon=True).start()

    def _pipe(self, source, destination):
        try:
            while True:
                data = source.recv(65536)
                if not data:
                    break
                while self.mode == STALL and not self._closed.is_set():
                    self._closed.wait(0.05)  # hold the data: the other side waits for an answer
                if self.mode == DROP or self._closed.is_set():
                    break
                destination.sendall(data)
        except OSError:
            pass
        finally:
            for sock in (source, destination):
                try:
                    sock.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
                sock.close()

    def drop(self):
        """Refuse new connections and cut the open ones."""
        self.mode = DROP
        with self._lock:
            sockets, self._sockets = self._sockets, []
        for sock in sockets:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            sock.close()

    def stall(self):
        self.mode = STALL

    def forward(self):
        self.mode = FORWARD

    def close(self):
        self._closed.set()
        self.drop()
        self._server.close()
