#!/usr/bin/env bash
# End-to-end check of the consortium realm on the local Keycloak (deploy/local/keycloak.sh
# start first): tokens for every test user (password grant on hub-test) and every SDK client
# (client credentials) carry the expected issuer, audience, realm roles and member_org; the
# dashboard's code flow requires PKCE S256 and signs a user in; clients cannot use flows they
# were not given. Exit status 0 when every check passes.
#
# Env: KEYCLOAK_PORT (8180). Needs curl and jq.
set -euo pipefail
LOG_TAG=keycloak-check
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
command -v jq >/dev/null || die "jq is required (apt-get install -y jq)"

BASE="http://127.0.0.1:${KEYCLOAK_PORT:-8180}"
ISS="$BASE/realms/consortium"
OIDC="$ISS/protocol/openid-connect"
TOKEN="$LOCAL_DIR/keycloak-token.sh"
failures=0
ok()   { printf '  ok    %s\n' "$*"; }
fail() { printf '  FAIL  %s\n' "$*"; failures=$((failures + 1)); }
check() { # description, jq filter (must output true), json
  if [[ $(jq -r "$2" <<<"$3" 2>/dev/null) == true ]]; then ok "$1"; else fail "$1 -- got: $(jq -c . <<<"$3" 2>/dev/null || echo "$3")"; fi
}

curl -fsS -o /dev/null "$ISS/.well-known/openid-configuration" || die "Keycloak realm not reachable at $ISS (run deploy/local/keycloak.sh start)"

log "tokens: password grant on hub-test, client credentials for SDK clients"
# subject | expected role | expected member_org ("" = none)
while IFS='|' read -r who role org; do
  claims=$("$TOKEN" --claims "$who") || { fail "$who: no token"; continue; }
  check "$who: iss=$ISS, aud contains hub-service, role $role, member_org=${org:-<none>}" \
    "(.iss == \"$ISS\") and ((.aud | if type == \"array\" then . else [.] end) | index(\"hub-service\") != null)
     and (.realm_access.roles | index(\"$role\") != null)
     and ((.realm_access.roles - [\"$role\",\"default-roles-consortium\",\"offline_access\",\"uma_authorization\"]) == [])
     and (.member_org == (if \"$org\" == \"\" then null else \"$org\" end))" "$claims"
done <<'ROWS'
admin|hub-admin|
committee|committee|
orgadmin|org-admin|theatre-du-nord
contributor|contributor|theatre-du-nord
analyst|analyst|opera-sud
contributor2|contributor|opera-sud
sdk-theatre-du-nord|contributor|theatre-du-nord
sdk-opera-sud|contributor|opera-sud
ROWS

log "negative cases"
claims=$(KC_CLIENT_ID=hub-test-no-audience "$TOKEN" --claims contributor)
check "hub-test-no-audience tokens do not carry aud hub-service" \
  '((.aud // []) | if type == "array" then . else [.] end) | index("hub-service") == null' "$claims"
code=$(curl -s -o /dev/null -w '%{http_code}' -d grant_type=password -d client_id=hub-test \
  -d client_secret=hub-test-secret -d username=admin -d password=wrong "$OIDC/token")
[[ $code == 401 ]] && ok "wrong password -> 401" || fail "wrong password -> $code"
resp=$(curl -s -d grant_type=client_credentials -d client_id=hub-service -d client_secret=hub-service-dev-secret "$OIDC/token")
check "hub-service (resource server) cannot obtain tokens" '.error == "unauthorized_client"' "$resp"
resp=$(curl -s -d grant_type=password -d client_id=sdk-opera-sud -d client_secret=sdk-opera-sud-dev-secret \
  -d username=contributor -d password=contributor-pass "$OIDC/token")
check "SDK clients cannot use the password grant" '.error == "unauthorized_client"' "$resp"
resp=$(curl -s -d grant_type=client_credentials -d client_id=sdk-opera-sud -d client_secret=wrong "$OIDC/token")
check "SDK client with a wrong secret is refused" '.error == "unauthorized_client"' "$resp"
tok=$("$TOKEN" analyst)
resp=$(curl -s -u hub-service:hub-service-dev-secret -d "token=$tok" "$OIDC/token/introspect")
check "hub-service can introspect a token (active, member_org)" '.active == true and .member_org == "opera-sud"' "$resp"

log "dashboard: authorization code flow with PKCE S256 (public client hub-dashboard)"
redirect="http://localhost:8080/dashboard"
loc=$(curl -s -o /dev/null -w '%{redirect_url}' \
  "$OIDC/auth?client_id=hub-dashboard&response_type=code&scope=openid&redirect_uri=$redirect")
[[ $loc == *"error=invalid_request"* ]] && ok "request without code_challenge is refused" || fail "request without PKCE: $loc"
verifier=$(head -c 48 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n')
challenge=$(printf '%s' "$verifier" | openssl dgst -sha256 -binary | base64 | tr '+/' '-_' | tr -d '=\n')
jar=$(mktemp); trap 'rm -f "$jar"' EXIT
page=$(curl -s -c "$jar" -b "$jar" \
  "$OIDC/auth?client_id=hub-dashboard&response_type=code&scope=openid&redirect_uri=$redirect&code_challenge=$challenge&code_challenge_method=S256&state=s1")
action=$(grep -o 'action="[^"]*"' <<<"$page" | head -1 | sed 's/action="//; s/"$//; s/&amp;/\&/g')
if [[ -z $action ]]; then
  fail "login form not found"
else
  loc=$(curl -s -o /dev/null -w '%{redirect_url}' -c "$jar" -b "$jar" \
    --data-urlencode username=orgadmin --data-urlencode password=orgadmin-pass "$action")
  code=$(sed -n 's/.*[?&]code=\([^&]*\).*/\1/p' <<<"$loc")
  if [[ -z $code ]]; then
    fail "login as orgadmin did not redirect with a code: ${loc:-no redirect}"
  else
    ok "orgadmin signs in and is redirected to the dashboard with a code"
    resp=$(curl -s -d grant_type=authorization_code -d client_id=hub-dashboard -d "code=$code" \
      -d "redirect_uri=$redirect" -d "code_verifier=$verifier" "$OIDC/token")
    at=$(jq -r '.access_token // empty' <<<"$resp")
    if [[ -n $at ]]; then
      p=$(cut -d. -f2 <<<"$at" | tr '_-' '/+'); while (( ${#p} % 4 )); do p+="="; done
      check "code exchange with code_verifier: aud hub-service, org-admin, member_org theatre-du-nord" \
        '(.aud | index("hub-service") != null) and (.realm_access.roles | index("org-admin") != null) and .member_org == "theatre-du-nord"' \
        "$(base64 -d <<<"$p")"
    else
      fail "code exchange failed: $resp"
    fi
  fi
fi

if (( failures > 0 )); then die "$failures check(s) failed"; fi
log "all checks passed"
