-- POSTs one fictional mentor profile per request (a write of personal data with its audit entry).
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = [[{"name":"Lastmentor (fiktiv)","organisation":"Kommunen (fiktiv)","organisationType":"municipality",
"employment":{"model":"municipal-hours","hoursPerWeek":6},"municipality":"Bergen","network":"vest","birthYear":1980,
"gender":"female","languages":[{"code":"nb","level":"native"}],"capacity":3,"status":"active"}]]
wrk.path = "/api/registry/mentors"
