// Runs Go text/template over JSON lines {"Name","Template"} with nil data and missingkey=error,
// printing {"Name","Output","Error"} per line: the oracle of GoTemplateOracleTest.
package main

import (
	"bufio"
	"encoding/json"
	"os"
	"strings"
	"text/template"
)

type in struct{ Name, Template string }
type out struct {
	Name, Output, Error string
}

func main() {
	sc := bufio.NewScanner(os.Stdin)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	enc := json.NewEncoder(os.Stdout)
	for sc.Scan() {
		var c in
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			panic(err)
		}
		var o out
		o.Name = c.Name
		t, err := template.New("config").Option("missingkey=error").Parse(c.Template)
		if err != nil {
			o.Error = err.Error()
		} else {
			var b strings.Builder
			if err := t.Execute(&b, nil); err != nil {
				o.Error = err.Error()
			} else {
				o.Output = b.String()
			}
		}
		enc.Encode(o)
	}
}
