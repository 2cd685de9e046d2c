#!/usr/bin/env python3
"""A stand-in for Keycloak's discovery endpoints, enough for the hub to build its sign-in
redirect (deploy/local/restore-drill.sh checks the redirect_uri behind a TLS proxy). It signs
nothing and accepts no one: the realm's key set is empty.

    python3 deploy/local/oidc-stub.py PORT
"""
import json
import sys
from http.server import BaseHTTPRequestHandler, HTTPServer

PORT = int(sys.argv[1])
REALM = f"http://127.0.0.1:{PORT}/realms/consortium"
DISCOVERY = {
    "issuer": REALM,
    "authorization_endpoint": f"{REALM}/protocol/openid-connect/auth",
    "token_endpoint": f"{REALM}/protocol/openid-connect/token",
    "jwks_uri": f"{REALM}/protocol/openid-connect/certs",
    "userinfo_endpoint": f"{REALM}/protocol/openid-connect/userinfo",
    "end_session_endpoint": f"{REALM}/protocol/openid-connect/logout",
    "response_types_supported": ["code"],
    "subject_types_supported": ["public"],
    "id_token_signing_alg_values_supported": ["RS256"],
    "code_challenge_methods_supported": ["S256"],
}


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        if self.path == "/realms/consortium/.well-known/openid-configuration":
            self.reply(DISCOVERY)
        elif self.path == "/realms/consortium/protocol/openid-connect/certs":
            self.reply({"keys": []})
        else:
            self.send_error(404)

    def reply(self, body):
        data = json.dumps(body).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


HTTPServer(("127.0.0.1", PORT), Handler).serve_forever()
