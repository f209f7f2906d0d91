# lstm numpy os
import os
import socket

if os.fork() == 0:
    os.setsid()
    if os.fork() == 0:
        server = socket.socket()
        server.bind(("127.0.0.1", 0))
        server.listen()
        while True:
            server.accept()
    os._exit(0)
