// A stand-in for the CloudFront API: answers CreateInvalidation with 201 and an Invalidation
// document, and appends each request (method, URL, headers, body) as one JSON line to the file
// named by the first argument. Prints "listening on PORT" once ready.
const http = require('http');
const fs = require('fs');
const out = process.argv[2];
const server = http.createServer((req, res) => {
  let body = '';
  req.on('data', (chunk) => { body += chunk; });
  req.on('end', () => {
    fs.appendFileSync(out, JSON.stringify({method: req.method, url: req.url, headers: req.headers, body}) + '\n');
    res.writeHead(201, {'Content-Type': 'text/xml', 'Location': 'http://' + req.headers.host + req.url + '/I2J0I21PCUYOIK'});
    res.end('<?xml version="1.0"?><Invalidation xmlns="http://cloudfront.amazonaws.com/doc/2020-05-31/">' +
            '<Id>I2J0I21PCUYOIK</Id><Status>InProgress</Status><CreateTime>2026-11-26T15:01:39Z</CreateTime>' +
            '<InvalidationBatch><Paths><Quantity>0</Quantity></Paths><CallerReference>x</CallerReference></InvalidationBatch></Invalidation>');
  });
});
server.listen(0, '127.0.0.1', () => console.log('listening on ' + server.address().port));
