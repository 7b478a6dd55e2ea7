module kiln/bench/template/go

go 1.19
