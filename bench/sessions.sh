#!/usr/bin/env bash
# Benchmarks what the sign-in hardening costs, on the Release build over loopback: the security-stamp read every
# signed-in request makes (a static file with and without a session cookie), and a refused sign-in for a real account
# (wrong password) against one for an email without an account, each from its own 127.0.0.x address so the throttle
# stays out of it. Prints medians; asserts nothing and is not part of ./test.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
requests=${REQUESTS:-300}
sign_ins=${SIGN_INS:-15}
dotnet build -c Release src/ChannelManagerDashboard -nologo -v q > /dev/null
app="$PWD/src/ChannelManagerDashboard/bin/Release/net10.0/ChannelManagerDashboard"
data=$(mktemp -d)
jar="$data/cookies"
pid=
trap '[ -n "$pid" ] && kill "$pid" 2> /dev/null; rm -rf "$data"' EXIT
export Dashboard__DataFolder="$data"
password="bench passphrase 2026"
"$app" users add --email owner@example.com --password "$password" --role Owner > /dev/null
(cd "$data" && exec "$app" --urls http://127.0.0.1:0 > "$data/app.log" 2>&1) &
pid=$!
until base=$(grep -o 'Now listening on: http://[0-9.:]*' "$data/app.log" | cut -d' ' -f4) && [ -n "$base" ]; do sleep 0.2; done

median() { sort -n | awk '{ v[NR] = $1 } END { printf "%.2f", v[int((NR + 1) / 2)] * 1000 }'; }
# One curl for many transfers keeps one connection, so the times are the requests' own.
timed() { curl -s -w '%{time_total}\n' "$@"; }
urls() { for _ in $(seq "$requests"); do printf -- '-o /dev/null %s ' "$base/app.css"; done; }
token() { curl -s -c "$jar" -b "$jar" "$base/account/login" | grep -o 'name="__RequestVerificationToken" value="[^"]*"' | cut -d'"' -f4; }
sign_in() { curl -s -o /dev/null -w '%{time_total}\n' -c "$jar" -b "$jar" --interface "$1" "$base/account/login" \
    --data-urlencode "__RequestVerificationToken=$form_token" --data-urlencode "_handler=sign-in" \
    --data-urlencode "Input.Email=$2" --data-urlencode "Input.Password=$3"; }

form_token=$(token)
sign_in 127.0.0.1 owner@example.com "$password" > /dev/null
# shellcheck disable=SC2046
timed -b "$jar" $(urls) > /dev/null
# shellcheck disable=SC2046
with=$(timed -b "$jar" $(urls) | median)
# shellcheck disable=SC2046
without=$(timed $(urls) | median)
echo "GET /app.css, median of $requests: signed in $with ms, signed out $without ms (the difference is the stamp read)"

rm -f "$jar"
form_token=$(token)
sign_in 127.0.0.2 owner@example.com "not the password" > /dev/null
sign_in 127.0.0.3 nobody@example.com "not the password" > /dev/null
real=$(for i in $(seq "$sign_ins"); do sign_in "127.0.1.$i" owner@example.com "not the password"; done | median)
missing=$(for i in $(seq "$sign_ins"); do sign_in "127.0.2.$i" nobody@example.com "not the password"; done | median)
echo "Refused sign-in, median of $sign_ins: wrong password $real ms, no such account $missing ms, ratio $(awk "BEGIN { printf \"%.2f\", $missing / $real }")"
