#!/usr/bin/env bash
# Prints an access token from the local Keycloak (deploy/local/keycloak.sh) for docs and tests.
#
#   deploy/local/keycloak-token.sh [--claims] USER
#
#   USER = admin | committee | orgadmin | contributor | analyst | contributor2 | ...:
#          password grant on the test-only client hub-test, password "<USER>-pass"
#   USER = sdk-theatre-du-nord | sdk-opera-sud | sdk-*:
#          client-credentials grant of that SDK client, secret "<client>-dev-secret"
#   --claims prints the decoded JWT payload (JSON) instead of the token.
#
# Env: KEYCLOAK_PORT (8180), KC_REALM (consortium), KC_CLIENT_ID (hub-test),
#      KC_CLIENT_SECRET (hub-test-secret), KC_PASSWORD (<USER>-pass). All values are DEV ONLY.
set -euo pipefail

claims=false
if [[ ${1:-} == --claims ]]; then claims=true; shift; fi
user=${1:-}
[[ -n $user ]] || { sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }

base="http://127.0.0.1:${KEYCLOAK_PORT:-8180}"
realm=${KC_REALM:-consortium}
url="$base/realms/$realm/protocol/openid-connect/token"

if [[ $user == sdk-* ]]; then
  form=(-d grant_type=client_credentials -d "client_id=$user"
        --data-urlencode "client_secret=${KC_CLIENT_SECRET:-$user-dev-secret}")
else
  form=(-d grant_type=password -d "client_id=${KC_CLIENT_ID:-hub-test}"
        --data-urlencode "client_secret=${KC_CLIENT_SECRET:-hub-test-secret}"
        --data-urlencode "username=$user" --data-urlencode "password=${KC_PASSWORD:-$user-pass}"
        -d scope=openid)
fi

resp=$(curl -sS --max-time 20 "${form[@]}" "$url") \
  || { echo "keycloak-token: cannot reach $url (is deploy/local/keycloak.sh start running?)" >&2; exit 1; }
token=$(sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p' <<<"$resp")
if [[ -z $token ]]; then
  echo "keycloak-token: no token for '$user': $resp" >&2
  exit 1
fi

if $claims; then
  payload=$(cut -d. -f2 <<<"$token" | tr '_-' '/+')
  while (( ${#payload} % 4 )); do payload+="="; done
  if command -v jq >/dev/null 2>&1; then base64 -d <<<"$payload" | jq .
  else base64 -d <<<"$payload"; echo; fi
else
  echo "$token"
fi
